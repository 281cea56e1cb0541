package fr.mcp.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.mcp.it.support.Api;
import fr.mcp.it.support.Api.Reply;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every actor against every habilitation operation of the REST API, with the ids of other partners, groups and Cafs:
 * each forbidden cell must be refused with a French message (403 without the role, 404 for an id outside the scope,
 * 400 when a Caf administrator names no partner, 401 anonymous) and leave the data as it was; each allowed read
 * must work. "Own" operations read the caller's own partner: their content is checked apart.
 * Actors: Caf administrators of the Yvelines (CAFADM) and of Paris (PARADM), a Caf reviewer, the administrator of the
 * commune (ENFADM), its group manager and AFAS-Habiliter member (ENFRESP), an activity provider (ENFFDA), the
 * administrator of a Paris association (ASSADM), and an anonymous caller.
 */
class AuthorizationMatrixIT {

    private static final List<String> ACTORS =
            List.of("CAFADM", "PARADM", "CAFREV", "ENFADM", "ENFRESP", "ENFFDA", "ASSADM", "anonymous");

    private record Operation(String name, String method, String path, String body, Set<String> allowed) {}

    private static long commune;
    private static long association;
    private static long communeFacility;
    private static long associationFacility;
    private static long declarerGroup;
    private static long enffda;
    private static long assadm;
    private static long enfadm;
    private static long approverAssignment;

    @BeforeAll
    static void findIds() throws Exception {
        commune = partnerId("CAFADM", "Saint-Cyr");
        association = partnerId("PARADM", "Familles Paris");
        communeFacility = firstFacility("CAFADM", commune);
        associationFacility = firstFacility("PARADM", association);
        for (JsonValue value : Api.as("ENFADM", "GET", "/api/v1/groups", null).jsonArray()) {
            if ("AFAS_DECLARER".equals(value.asJsonObject().getString("applicationRole"))) {
                declarerGroup = value.asJsonObject().getJsonNumber("id").longValue();
            }
        }
        enffda = userId("ENFADM", "ENFFDA");
        assadm = userId("ASSADM", "ASSADM");
        enfadm = userId("ENFADM", "ENFADM");
        approverAssignment = Api.as("ENFRESP", "GET", "/api/v1/assignments?role=APPROVER", null)
                .json()
                .getJsonArray("rows")
                .getJsonObject(0)
                .getJsonNumber("id")
                .longValue();
    }

    private static List<Operation> operations() {
        String noChange = "{\"accountId\":" + enffda + ",\"role\":\"CONSULTANT\",\"facilityId\":" + associationFacility
                + ",\"startsOn\":\"2031-01-01\"}";
        return List.of(
                new Operation("list partners", "GET", "/api/v1/partners", null, Set.of("CAFADM", "PARADM")),
                new Operation("read commune file", "GET", "/api/v1/partners/" + commune, null, Set.of("CAFADM")),
                new Operation(
                        "read association file", "GET", "/api/v1/partners/" + association, null, Set.of("PARADM")),
                new Operation(
                        "administrator for the commune",
                        "POST",
                        "/api/v1/partners/" + commune + "/administrators",
                        "{}",
                        Set.of("CAFADM")),
                new Operation(
                        "suspend the association",
                        "POST",
                        "/api/v1/partners/" + association + "/suspension",
                        "{}",
                        Set.of("PARADM")),
                new Operation(
                        "facility for the commune",
                        "POST",
                        "/api/v1/partners/" + commune + "/facilities",
                        "{}",
                        Set.of("CAFADM")),
                new Operation(
                        "pending approvers", "GET", "/api/v1/approver-assignments", null, Set.of("CAFADM", "PARADM")),
                new Operation(
                        "validate a commune approver",
                        "POST",
                        "/api/v1/approver-assignments/" + approverAssignment + "/validation",
                        null,
                        Set.of("CAFADM")),
                new Operation("own users", "GET", "/api/v1/users", null, Set.of("ENFADM", "ENFRESP", "ASSADM")),
                new Operation(
                        "commune users by id",
                        "GET",
                        "/api/v1/users?partnerId=" + commune,
                        null,
                        Set.of("CAFADM", "ENFADM", "ENFRESP")),
                new Operation(
                        "association users by id",
                        "GET",
                        "/api/v1/users?partnerId=" + association,
                        null,
                        Set.of("PARADM", "ASSADM")),
                new Operation(
                        "read the association administrator", "GET", "/api/v1/users/" + assadm, null, Set.of("ASSADM")),
                new Operation(
                        "close the association administrator",
                        "POST",
                        "/api/v1/users/" + assadm + "/closure",
                        null,
                        Set.of()),
                new Operation(
                        "read a commune provider", "GET", "/api/v1/users/" + enffda, null, Set.of("ENFADM", "ENFRESP")),
                new Operation(
                        "edit a commune provider",
                        "PUT",
                        "/api/v1/users/" + enffda,
                        "{\"lastName\":\"X\",\"version\":0}",
                        Set.of("ENFADM", "ENFRESP")),
                new Operation(
                        "close the commune administrator (outside the manager's groups, managed by the Caf)",
                        "POST",
                        "/api/v1/users/" + enfadm + "/closure",
                        null,
                        Set.of()),
                new Operation(
                        "new password for the commune administrator",
                        "POST",
                        "/api/v1/users/" + enfadm + "/temporary-password",
                        null,
                        Set.of()),
                new Operation("own groups", "GET", "/api/v1/groups", null, Set.of("ENFADM", "ENFRESP", "ASSADM")),
                new Operation(
                        "put the association administrator in a commune group",
                        "PUT",
                        "/api/v1/groups/" + declarerGroup + "/members/" + assadm,
                        null,
                        Set.of()),
                new Operation(
                        "members of the commune Déclarer group",
                        "GET",
                        "/api/v1/groups/" + declarerGroup + "/members",
                        null,
                        Set.of("ENFADM", "ENFRESP")),
                new Operation("commune assignments", "GET", "/api/v1/assignments", null, Set.of("ENFRESP")),
                new Operation(
                        "assign on the association's facility", "POST", "/api/v1/assignments", noChange, Set.of()),
                new Operation(
                        "commune assignments by id",
                        "GET",
                        "/api/v1/assignments?partnerId=" + commune,
                        null,
                        Set.of("CAFADM", "ENFRESP")),
                new Operation(
                        "association assignments by id",
                        "GET",
                        "/api/v1/assignments?partnerId=" + association,
                        null,
                        Set.of("PARADM")));
    }

    @Test
    void everyForbiddenCellIsRefusedAndEveryAllowedReadWorks() throws Exception {
        Map<String, String> before = snapshot();
        List<String> failures = new ArrayList<>();
        int refused = 0;
        for (Operation operation : operations()) {
            for (String actor : ACTORS) {
                boolean allowed = operation.allowed().contains(actor);
                if (allowed && !"GET".equals(operation.method())) {
                    continue;
                }
                Reply reply = "anonymous".equals(actor)
                        ? Api.call(operation.method(), operation.path(), operation.body(), null, null)
                        : Api.as(actor, operation.method(), operation.path(), operation.body());
                if (allowed && reply.status() != 200) {
                    failures.add(actor + " / " + operation.name() + ": expected 200, got " + reply.status() + " "
                            + reply.body());
                }
                if (!allowed) {
                    refused++;
                    if (!Set.of(400, 401, 403, 404).contains(reply.status())) {
                        failures.add(actor + " / " + operation.name() + ": expected a refusal, got " + reply.status()
                                + " " + reply.body());
                    } else if (reply.status() != 401 && !reply.body().contains("\"messages\"")) {
                        failures.add(actor + " / " + operation.name() + ": refusal without a French message: "
                                + reply.body());
                    }
                }
            }
        }
        assertTrue(failures.isEmpty(), String.join("\n", failures));
        assertTrue(refused > 100, "the matrix has " + refused + " forbidden cells");
        assertEquals(before, snapshot(), "the refused calls changed nothing");
    }

    @Test
    void aPartnerIdSentByAPartnerUserNeverWidensTheirScope() throws Exception {
        Reply reply = Api.as("ENFADM", "GET", "/api/v1/users?partnerId=" + association, null);
        assertEquals(404, reply.status(), reply.body());
        assertTrue(reply.body().contains("n'est pas dans votre périmètre"), reply.body());
        Reply group = Api.as("ASSADM", "GET", "/api/v1/groups/" + declarerGroup + "/members", null);
        assertEquals(404, group.status(), group.body());
        assertEquals(
                List.of("ASSADM"),
                logins(Api.as("ASSADM", "GET", "/api/v1/users?size=200", null).json()),
                "the association's administrator lists the association's users only");
        assertEquals(
                0,
                Api.as("ASSADM", "GET", "/api/v1/groups", null).jsonArray().size(),
                "and none of the commune's groups");
    }

    @Test
    void aGroupManagerSeesOnlyTheMembersOfTheirGroups() throws Exception {
        List<String> managerSees =
                logins(Api.as("ENFRESP", "GET", "/api/v1/users?size=200", null).json());
        List<String> adminSees =
                logins(Api.as("ENFADM", "GET", "/api/v1/users?size=200", null).json());
        assertTrue(adminSees.contains("ENFADM"), adminSees.toString());
        assertTrue(!managerSees.contains("ENFADM"), "the administrator is in none of ENFRESP's groups: " + managerSees);
        assertTrue(managerSees.containsAll(List.of("ENFFDA", "ENFFDF", "ENFAPP")), managerSees.toString());
    }

    private static Map<String, String> snapshot() throws Exception {
        Map<String, String> state = new LinkedHashMap<>();
        state.put(
                "commune",
                Api.as("CAFADM", "GET", "/api/v1/partners/" + commune, null).body());
        state.put(
                "association",
                Api.as("PARADM", "GET", "/api/v1/partners/" + association, null).body());
        state.put(
                "communeUsers",
                Api.as("ENFADM", "GET", "/api/v1/users?size=200", null).body().replaceAll("\"version\":\\d+", ""));
        state.put(
                "associationUsers",
                Api.as("ASSADM", "GET", "/api/v1/users?size=200", null).body().replaceAll("\"version\":\\d+", ""));
        state.put("groups", Api.as("ENFADM", "GET", "/api/v1/groups", null).body());
        state.put(
                "assignments",
                Api.as("CAFADM", "GET", "/api/v1/assignments?partnerId=" + commune + "&size=200", null)
                        .body());
        return state;
    }

    private static List<String> logins(JsonObject page) {
        return page.getJsonArray("rows").stream()
                .map(v -> v.asJsonObject().getString("login"))
                .toList();
    }

    private static long partnerId(String caf, String name) throws Exception {
        return Api.as(caf, "GET", "/api/v1/partners?q=" + name.replace(" ", "%20"), null)
                .jsonArray()
                .getJsonObject(0)
                .getJsonNumber("id")
                .longValue();
    }

    private static long firstFacility(String caf, long partner) throws Exception {
        return Api.as(caf, "GET", "/api/v1/partners/" + partner, null)
                .json()
                .getJsonArray("facilities")
                .getJsonObject(0)
                .getJsonNumber("id")
                .longValue();
    }

    private static long userId(String admin, String login) throws Exception {
        return Api.as(admin, "GET", "/api/v1/users?login=" + login, null)
                .json()
                .getJsonArray("rows")
                .getJsonObject(0)
                .getJsonNumber("id")
                .longValue();
    }
}
