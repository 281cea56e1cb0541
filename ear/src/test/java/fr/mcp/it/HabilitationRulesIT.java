package fr.mcp.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.mcp.it.support.Api;
import fr.mcp.it.support.Api.Reply;
import fr.mcp.it.support.It;
import fr.mcp.it.support.Sirets;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The limits and bad inputs of delegated habilitation, through the REST API on the demo partner (Commune de
 * Saint-Cyr-l'École) and on partners registered by the test: each refusal is a 400 with a precise French message and
 * changes nothing. Assignments use a period of their own far in the future so runs do not interfere.
 */
class HabilitationRulesIT {

    private static long communeId;
    private static long rpeId;
    private static long rpeMainSiteId;
    private static long alshId;
    private static long declarerGroupId;
    private static long enfadm;
    private static long enffda;
    private static long enffdf;
    private static long enfapp;
    private static LocalDate from;
    private static LocalDate to;

    @BeforeAll
    static void findDemoIds() throws Exception {
        for (JsonValue value :
                Api.as("CAFADM", "GET", "/api/v1/partners?q=Saint-Cyr", null).jsonArray()) {
            communeId = value.asJsonObject().getJsonNumber("id").longValue();
        }
        JsonObject file =
                Api.as("CAFADM", "GET", "/api/v1/partners/" + communeId, null).json();
        for (JsonValue value : file.getJsonArray("facilities")) {
            JsonObject facility = value.asJsonObject();
            if ("RPE".equals(facility.getString("type"))) {
                rpeId = facility.getJsonNumber("id").longValue();
                rpeMainSiteId = facility.getJsonArray("sites").stream()
                        .map(JsonValue::asJsonObject)
                        .filter(site -> site.getString("name").contains("principal"))
                        .findFirst()
                        .orElseThrow()
                        .getJsonNumber("id")
                        .longValue();
            } else if ("ALSH".equals(facility.getString("type"))) {
                alshId = facility.getJsonNumber("id").longValue();
            }
        }
        for (JsonValue value : Api.as("ENFADM", "GET", "/api/v1/groups", null).jsonArray()) {
            if ("AFAS_DECLARER".equals(value.asJsonObject().getString("applicationRole"))) {
                declarerGroupId = value.asJsonObject().getJsonNumber("id").longValue();
            }
        }
        for (JsonValue value :
                Api.as("ENFADM", "GET", "/api/v1/users?size=200", null).json().getJsonArray("rows")) {
            JsonObject user = value.asJsonObject();
            long id = user.getJsonNumber("id").longValue();
            switch (user.getString("login")) {
                case "ENFADM" -> enfadm = id;
                case "ENFFDA" -> enffda = id;
                case "ENFFDF" -> enffdf = id;
                case "ENFAPP" -> enfapp = id;
                default -> {}
            }
        }
        from = LocalDate.of(2040, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(0, 3000) * 5L);
        to = from.plusDays(3);
    }

    @Test
    void anInvalidSiretIsRefusedAndNoPartnerIsCreated() throws Exception {
        int before =
                Api.as("CAFADM", "GET", "/api/v1/partners", null).jsonArray().size();
        Reply reply = Api.as("CAFADM", "POST", "/api/v1/partners", partner("21780551000014", "78"));
        assertRefused(reply, 400, "Le SIRET doit comporter 14 chiffres et être valide (clé de contrôle).");
        Reply duplicate = Api.as("CAFADM", "POST", "/api/v1/partners", partner("21780551000013", "78"));
        assertRefused(duplicate, 400, "existe déjà");
        assertEquals(
                before,
                Api.as("CAFADM", "GET", "/api/v1/partners", null).jsonArray().size());
    }

    @Test
    void aPartnerOfAnotherDepartementBelongsToItsOwnCafAndAMultiDepartementOneToTheYvelines() throws Exception {
        assertRefused(
                Api.as("CAFADM", "POST", "/api/v1/partners", partner(Sirets.unique(), "75")),
                400,
                "relève de la Caf de Paris");
        Reply multi = Api.as(
                "PARADM",
                "POST",
                "/api/v1/partners",
                partner(Sirets.unique(), "75").replace("\"multiDepartement\":false", "\"multiDepartement\":true"));
        assertRefused(multi, 400, "relève de la Caf des Yvelines");
    }

    @Test
    void aThirdPartnerAdministratorIsRefused() throws Exception {
        long partnerId = Api.as("CAFADM", "POST", "/api/v1/partners", partner(Sirets.unique(), "78"))
                .json()
                .getJsonNumber("id")
                .longValue();
        assertEquals(
                201,
                Api.as("CAFADM", "POST", "/api/v1/partners/" + partnerId + "/administrators", account("Main"))
                        .status());
        assertEquals(
                201,
                Api.as("CAFADM", "POST", "/api/v1/partners/" + partnerId + "/administrators", account("Deputy"))
                        .status());
        Reply third = Api.as("CAFADM", "POST", "/api/v1/partners/" + partnerId + "/administrators", account("Third"));
        assertRefused(third, 400, "Ce partenaire a déjà 2 administrateurs (un principal et un suppléant)");
        assertEquals(
                2,
                Api.as("CAFADM", "GET", "/api/v1/partners/" + partnerId, null)
                        .json()
                        .getJsonArray("administrators")
                        .size());
    }

    @Test
    void theCafMaintainsTheContractSitesAndTerminationOfItsPartnersOnly() throws Exception {
        long partnerId = Api.as("CAFADM", "POST", "/api/v1/partners", partner(Sirets.unique(), "78"))
                .json()
                .getJsonNumber("id")
                .longValue();
        String base = "/api/v1/partners/" + partnerId;
        String contract = "\"partnerAdministrator\":\"Anne - anne@centre.test\",\"partnerSecurityOfficer\":\"Serge\","
                + "\"partnerCnilReferent\":\"Chloé\",\"cafMcpOfficer\":\"Marc\"";
        assertEquals(
                204,
                Api.as(
                                "CAFADM",
                                "POST",
                                base + "/convention",
                                "{\"reference\":\"C-" + partnerId + "\",\"startsOn\":\""
                                        + LocalDate.now().minusDays(10) + "\",\"tacitRenewal\":true," + contract + "}")
                        .status());
        String single =
                "{\"type\":\"ALSH\",\"nature\":\"Périscolaire\",\"name\":\"ALSH\",\"multiSite\":false,\"sites\":[{\"name\":\"École\",\"city\":\"Buc\"}]}";
        String multi =
                "{\"type\":\"MF\",\"nature\":\"Médiation\",\"name\":\"MF\",\"multiSite\":true,\"sites\":[{\"name\":\"A\",\"city\":\"Buc\"}]}";
        long singleId = Api.as("CAFADM", "POST", base + "/facilities", single)
                .json()
                .getJsonNumber("id")
                .longValue();
        long multiId = Api.as("CAFADM", "POST", base + "/facilities", multi)
                .json()
                .getJsonNumber("id")
                .longValue();
        String site = "{\"name\":\"Antenne\",\"city\":\"Jouy\"}";
        assertEquals(
                201,
                Api.as("CAFADM", "POST", "/api/v1/partners/facilities/" + multiId + "/sites", site)
                        .status());
        assertRefused(
                Api.as("CAFADM", "POST", "/api/v1/partners/facilities/" + singleId + "/sites", site),
                400,
                "mono-site n'a qu'un seul lieu");
        assertRefused(
                Api.as("PARADM", "POST", "/api/v1/partners/facilities/" + multiId + "/sites", site),
                404,
                "n'est pas dans votre périmètre");

        assertRefused(
                Api.as(
                        "CAFADM",
                        "PUT",
                        base + "/convention/service-contract",
                        "{\"partnerSecurityOfficer\":\"Serge\"}"),
                400,
                "Le contrat de service nomme l'administrateur du partenaire.");
        assertEquals(
                204,
                Api.as(
                                "CAFADM",
                                "PUT",
                                base + "/convention/service-contract",
                                "{" + contract.replace("Serge", "Sylvie") + "}")
                        .status());
        JsonObject convention = Api.as("CAFADM", "GET", base, null).json().getJsonObject("convention");
        assertEquals("Sylvie", convention.getJsonObject("serviceContract").getString("partnerSecurityOfficer"));

        assertRefused(
                Api.as("CAFADM", "POST", base + "/convention/termination", "{\"on\":\"2000-01-01\"}"),
                400,
                "ne peut pas précéder");
        assertEquals(
                204,
                Api.as("CAFADM", "POST", base + "/convention/termination", "{\"on\":\"" + LocalDate.now() + "\"}")
                        .status());
        assertRefused(
                Api.as("CAFADM", "POST", base + "/convention/termination", "{\"on\":\"" + LocalDate.now() + "\"}"),
                400,
                "déjà résiliée");
        assertEquals(
                LocalDate.now().toString(),
                Api.as("CAFADM", "GET", base, null)
                        .json()
                        .getJsonObject("convention")
                        .getString("terminatedOn"));
    }

    @Test
    void aGroupWithAManagerRefusesASecondOne() throws Exception {
        Reply reply = Api.as(
                "ENFADM", "PUT", "/api/v1/groups/" + declarerGroupId + "/manager", "{\"accountId\":" + enffda + "}");
        assertRefused(reply, 400, "Ce groupe a déjà un responsable (un seul par groupe)");
        String manager = Api.as("ENFADM", "GET", "/api/v1/groups", null).jsonArray().stream()
                .map(JsonValue::asJsonObject)
                .filter(g -> g.getJsonNumber("id").longValue() == declarerGroupId)
                .findFirst()
                .orElseThrow()
                .getString("managerName");
        assertTrue(manager.contains("ENFRESP"), manager);
    }

    @Test
    void aThirdActivityProviderOnASiteIsRefusedAndNothingIsAssigned() throws Exception {
        assertEquals(
                201,
                assign(enffdf, "FDA", rpeId, rpeMainSiteId).status(),
                "second FDA on the site (the demo one holds it already)");
        long before = count("role=FDA&facilityType=RPE");
        assertRefused(
                assign(enfapp, "FDA", rpeId, rpeMainSiteId),
                400,
                "Ce site a déjà 2 fournisseurs de données d'activité");
        assertEquals(before, count("role=FDA&facilityType=RPE"));
    }

    @Test
    void aSecondApproverIsRefusedEvenWhileTheFirstOneIsValidated() throws Exception {
        assertRefused(assign(enffda, "APPROVER", rpeId, null), 400, "Cet équipement a déjà un approbateur");
    }

    @Test
    void aThirdFinancialProviderAndOverlappingPeriodsAreRefused() throws Exception {
        assertEquals(201, assign(enffda, "FDF", alshId, null).status());
        assertRefused(assign(enffda, "FDF", alshId, null), 400, "pour une période qui chevauche celle-ci");
        assertRefused(
                assign(enfapp, "FDF", alshId, null),
                400,
                "Cet équipement a déjà 2 fournisseurs de données financières");
    }

    @Test
    void aRoleForSomeoneOutsideAfasDeclarerIsRefused() throws Exception {
        assertRefused(assign(enfadm, "CONSULTANT", alshId, null), 400, "n'est pas membre du groupe AFAS-Déclarer");
    }

    @Test
    void anEndBeforeTheStartAndARoleOnASiteOfASingleSiteFacilityAreRefused() throws Exception {
        String body = "{\"accountId\":" + enffda + ",\"role\":\"CONSULTANT\",\"facilityId\":" + alshId
                + ",\"startsOn\":\"" + to + "\",\"endsOn\":\"" + from + "\"}";
        assertRefused(
                Api.as("ENFRESP", "POST", "/api/v1/assignments", body), 400, "ne peut pas précéder sa date de début");
        assertRefused(assign(enffda, "FDF", rpeId, rpeMainSiteId), 400, "s'attribue sur l'équipement entier");
    }

    @Test
    void aMalformedBodyIsA400InFrench() throws Exception {
        Reply reply = Api.as("ENFRESP", "POST", "/api/v1/assignments", "{\"role\":\"CHIEF\"}");
        assertEquals(400, reply.status(), reply.body());
        Reply empty = Api.as("CAFADM", "POST", "/api/v1/partners", "{}");
        assertRefused(empty, 400, "La raison sociale est obligatoire.");
    }

    private static Reply assign(long accountId, String role, long facilityId, Long siteId) throws Exception {
        String body = "{\"accountId\":" + accountId + ",\"role\":\"" + role + "\",\"facilityId\":" + facilityId
                + (siteId == null ? "" : ",\"siteIds\":[" + siteId + "]") + ",\"startsOn\":\"" + from
                + "\",\"endsOn\":\"" + to + "\"}";
        return Api.as("ENFRESP", "POST", "/api/v1/assignments", body);
    }

    private static long count(String filter) throws Exception {
        return Api.as("ENFRESP", "GET", "/api/v1/assignments?" + filter, null)
                .json()
                .getJsonNumber("total")
                .longValue();
    }

    static String partner(String siret, String departement) {
        return "{\"siret\":\"" + siret + "\",\"name\":\"Centre social " + siret
                + "\",\"legalForm\":\"Association loi 1901\","
                + "\"addressLine\":\"1 rue de la Paix\",\"postalCode\":\"78000\",\"city\":\"Versailles\",\"headOfficeDepartement\":\""
                + departement + "\",\"multiDepartement\":false,\"family\":\"ENF\"}";
    }

    static String account(String firstName) {
        String email = It.uniqueRecipient(firstName.toLowerCase());
        return "{\"lastName\":\"Admin\",\"firstName\":\"" + firstName + "\",\"email\":\"" + email
                + "\",\"emailConfirmation\":\"" + email + "\",\"opensOn\":\"" + LocalDate.now() + "\"}";
    }

    static void assertRefused(Reply reply, int status, String message) {
        assertEquals(status, reply.status(), reply.body());
        assertTrue(reply.body().contains(message), reply.body());
    }
}
