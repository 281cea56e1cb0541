package fr.mcp.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.mcp.it.support.Api;
import fr.mcp.it.support.It;
import org.junit.jupiter.api.Test;

/** Bad input and missing rights get a French JSON answer with the right status, never a 500 or a stack trace. */
class RestApiErrorsIT {

    private static final String PATH = "/api/v1/ops/mail-checks";

    @Test
    void anonymousCallsAreRefusedWith401() throws Exception {
        Api.Reply reply = Api.postJson(PATH, "{\"recipient\":\"a@example.org\"}", null, null);

        assertEquals(401, reply.status());
        assertTrue(reply.json().getJsonArray("messages").getString(0).startsWith("Authentification requise"));
    }

    @Test
    void aWrongPasswordIsRefusedWith401() throws Exception {
        // An account no other test signs in with: failures slow down the account's next attempts.
        Api.Reply reply = Api.postJson(PATH, "{\"recipient\":\"a@example.org\"}", "ASSADM", "not-the-password");

        assertEquals(401, reply.status());
        assertEquals(1, reply.json().getJsonArray("messages").size());
    }

    @Test
    void aPartnerUserCannotUseACafAdministratorOperation() throws Exception {
        Api.Reply reply = Api.postJson(PATH, "{\"recipient\":\"a@example.org\"}", "ENFFDA", It.DEMO_PASSWORD);

        assertEquals(403, reply.status());
        assertEquals(
                "Vous n'avez pas les droits nécessaires pour cette opération.",
                reply.json().getJsonArray("messages").getString(0));
    }

    @Test
    void anInvalidAddressIsRefusedWithAFrenchMessage() throws Exception {
        Api.Reply reply = Api.postJson(PATH, "{\"recipient\":\"pas-une-adresse\"}", "CAFADM", It.DEMO_PASSWORD);

        assertEquals(400, reply.status());
        assertEquals(
                "L'adresse e-mail n'est pas valide.",
                reply.json().getJsonArray("messages").getString(0));
    }

    @Test
    void aMissingAddressIsRefusedWithAFrenchMessage() throws Exception {
        Api.Reply reply = Api.postJson(PATH, "{}", "CAFADM", It.DEMO_PASSWORD);

        assertEquals(400, reply.status());
        assertEquals(
                "L'adresse e-mail est obligatoire.",
                reply.json().getJsonArray("messages").getString(0));
    }

    @Test
    void malformedJsonIsABadRequestNotAnIncident() throws Exception {
        Api.Reply reply = Api.postJson(PATH, "{\"recipient\": ", "CAFADM", It.DEMO_PASSWORD);

        assertEquals(400, reply.status(), reply.body());
        assertTrue(reply.json().getJsonArray("messages").getString(0).contains("JSON"));
    }

    @Test
    void unknownApiPathsAnswer404InFrench() throws Exception {
        Api.Reply reply = Api.get("/api/v1/nothing-here");

        assertEquals(404, reply.status());
        assertTrue(reply.body().contains("n'existe pas"), reply.body());
    }
}
