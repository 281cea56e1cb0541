package fr.mcp.controlplan.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.mcp.habilitation.domain.AfasRole;
import fr.mcp.habilitation.domain.Convention;
import fr.mcp.habilitation.domain.Scope;
import fr.mcp.habilitation.domain.Service;
import fr.mcp.habilitation.domain.ServiceContract;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The access conditions of a partner: each missing, expired or inconsistent document is named; a complete file raises nothing. */
class AccessConditionsTest {

    private static final LocalDate START = LocalDate.of(2025, 3, 1);
    private static final LocalDate DAY = LocalDate.of(2026, 11, 24);
    private static final Map<Service, Integer> FIVE_AFAS_USERS = Map.of(Service.AFAS, 5);
    private static final Map<AfasRole, Integer> FDA_AND_APPROVER = Map.of(AfasRole.FDA, 3, AfasRole.APPROVER, 1);

    private final AccessConditions conditions = new AccessConditions("HIGH");

    @Test
    void aCompleteFileRaisesNothing() {
        assertEquals(
                Optional.empty(),
                conditions.check("Commune", List.of(complete()), FIVE_AFAS_USERS, FDA_AND_APPROVER, DAY));
    }

    @Test
    void aPartnerWithoutAnyAccessRaisesNothingWhateverItsFile() {
        assertEquals(Optional.empty(), conditions.check("Commune", List.of(), Map.of(Service.AFAS, 0), Map.of(), DAY));
    }

    @Test
    void noConventionWhileUsersKeepAccessIsRaised() {
        Finding finding = conditions
                .check("Commune", List.of(), FIVE_AFAS_USERS, FDA_AND_APPROVER, DAY)
                .orElseThrow();

        assertEquals(
                List.of("Aucune convention d'accès alors que 5 utilisateur(s) gardent un accès"), finding.evidence());
        assertEquals("ACCESS_CONDITIONS", finding.rule());
        assertEquals("HIGH", finding.severity());
    }

    @Test
    void anOverConventionIsNamedWithItsEndDate() {
        Convention over = complete();
        over.setTacitRenewal(false);
        Convention terminated = complete();
        terminated.terminate(LocalDate.of(2026, 6, 1));

        assertEquals(
                List.of("Convention d'accès CONV-1 échue le 01/03/2026 alors que 5 utilisateur(s) gardent un accès"),
                conditions
                        .check("Commune", List.of(over), FIVE_AFAS_USERS, FDA_AND_APPROVER, DAY)
                        .orElseThrow()
                        .evidence());
        assertEquals(
                List.of("Convention d'accès CONV-1 résiliée le 01/06/2026 alors que 5 utilisateur(s) gardent un accès"),
                conditions
                        .check("Commune", List.of(terminated), FIVE_AFAS_USERS, FDA_AND_APPROVER, DAY)
                        .orElseThrow()
                        .evidence());
    }

    @Test
    void missingDocumentsExpiredSubscriptionAndRolesOutsideTheSubscriptionAreEachNamed() {
        Convention convention = new Convention(1, "CONV-2", START);
        convention.subscribe(
                Service.AFAS, Scope.LOCAL, START, LocalDate.of(2026, 12, 31), EnumSet.of(AfasRole.FDA, AfasRole.FDF));
        convention.subscribe(
                Service.CDAP, Scope.LOCAL, START, LocalDate.of(2026, 1, 31), EnumSet.noneOf(AfasRole.class));

        List<String> problems = conditions
                .check("Commune", List.of(convention), Map.of(Service.AFAS, 5, Service.CDAP, 2), FDA_AND_APPROVER, DAY)
                .orElseThrow()
                .evidence();

        assertEquals(4, problems.size(), problems.toString());
        assertTrue(
                problems.contains("Formulaire d'éligibilité non reçu pour la convention CONV-2"), problems.toString());
        assertTrue(problems.contains("Contrat de service absent de la convention CONV-2"), problems.toString());
        assertTrue(
                problems.contains(
                        "Bulletin d'adhésion CDAP absent ou expiré alors que 2 utilisateur(s) sont dans des groupes de ce service"),
                problems.toString());
        assertTrue(
                problems.contains(
                        "Rôle « Approbateur » attribué (1 habilitation(s)) mais absent du bulletin d'adhésion AFAS"),
                problems.toString());
    }

    private static Convention complete() {
        Convention convention = new Convention(1, "CONV-1", START);
        convention.setEligibilityReceivedOn(START.minusDays(10));
        convention.setServiceContract(
                new ServiceContract("Admin", "RSSI", "CNIL", "Officier MCP", "9h-17h", "Escalade"));
        convention.subscribe(
                Service.AFAS, Scope.LOCAL, START, null, EnumSet.of(AfasRole.FDA, AfasRole.FDF, AfasRole.APPROVER));
        return convention;
    }
}
