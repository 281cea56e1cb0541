package fr.mcp.it.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.mcp.it.support.Api.Reply;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A fresh user of the demo commune (Caf des Yvelines) whose rights look suspicious: put by the Caf administrator in
 * four new groups, then taken out of and put back into the first one three times.
 */
public record ControlPlanFixture(long partnerId, long accountId, String login, String email, List<String> groups) {

    public static ControlPlanFixture create() throws Exception {
        long partnerId = Api.as("CAFADM", "GET", "/api/v1/partners?q=Saint-Cyr", null)
                .jsonArray()
                .getJsonObject(0)
                .getJsonNumber("id")
                .longValue();
        String tag = Long.toString(System.nanoTime(), 36);
        List<Long> groupIds = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (int i = 1; i <= 4; i++) {
            String name = "Veille " + tag + " " + i;
            Reply group = Api.as(
                    "CAFADM",
                    "POST",
                    "/api/v1/groups?partnerId=" + partnerId,
                    "{\"name\":\"" + name + "\",\"applicationRole\":\"AFAS_DECLARER\"}");
            assertEquals(201, group.status(), group.body());
            groupIds.add(group.json().getJsonNumber("id").longValue());
            names.add(name);
        }
        String email = It.uniqueRecipient("veille");
        Reply user = Api.as(
                "CAFADM",
                "POST",
                "/api/v1/users?partnerId=" + partnerId,
                "{\"groupId\":" + groupIds.get(0) + ",\"account\":{"
                        + "\"lastName\":\"Veille\",\"firstName\":\"Vincent\",\"email\":\"" + email
                        + "\",\"emailConfirmation\":\"" + email
                        + "\",\"opensOn\":\"" + LocalDate.now() + "\"}}");
        assertEquals(201, user.status(), user.body());
        String login = user.json().getString("login");
        long accountId = Api.as("CAFADM", "GET", "/api/v1/users?partnerId=" + partnerId + "&login=" + login, null)
                .json()
                .getJsonArray("rows")
                .stream()
                .map(JsonValue::asJsonObject)
                .filter(u -> u.getString("login").equals(login))
                .findFirst()
                .orElseThrow()
                .getJsonNumber("id")
                .longValue();
        for (long groupId : groupIds.subList(1, 4)) {
            member("PUT", groupId, accountId, partnerId);
        }
        for (int i = 0; i < 3; i++) {
            member("DELETE", groupIds.get(0), accountId, partnerId);
            member("PUT", groupIds.get(0), accountId, partnerId);
        }
        return new ControlPlanFixture(partnerId, accountId, login, email, names);
    }

    private static void member(String method, long groupId, long accountId, long partnerId) throws Exception {
        Reply reply = Api.as(
                "CAFADM",
                method,
                "/api/v1/groups/" + groupId + "/members/" + accountId + "?partnerId=" + partnerId,
                null);
        assertEquals(204, reply.status(), method + " " + reply.body());
    }

    /** Runs the detection for the Caf des Yvelines, then returns its findings about this user, any status. */
    public List<JsonObject> detectAndFind() throws Exception {
        Reply run = Api.as("CAFADM", "POST", "/api/v1/control-plan/detection-runs", null);
        assertEquals(200, run.status(), run.body());
        return findings();
    }

    public List<JsonObject> findings() throws Exception {
        Reply page = Api.as("CAFADM", "GET", "/api/v1/control-plan/findings?text=" + login.toLowerCase(), null);
        assertEquals(200, page.status(), page.body());
        return page.json().getJsonArray("rows").stream()
                .map(JsonValue::asJsonObject)
                .toList();
    }
}
