package fr.mcp.controlplan.domain;

import fr.mcp.habilitation.domain.AfasRole;
import fr.mcp.habilitation.domain.Convention;
import fr.mcp.habilitation.domain.Service;
import fr.mcp.habilitation.domain.ServiceSubscription;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The access conditions of a partner whose users hold access (DOMAIN.md §2, §8): a convention in force with its
 * eligibility form and service contract, a valid subscription for every service its groups open, and only roles that
 * subscription lists. Raises one finding per partner listing what is missing, expired or inconsistent.
 */
public final class AccessConditions {

    public static final String CODE = "ACCESS_CONDITIONS";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final String severity;

    public AccessConditions(String severity) {
        this.severity = severity;
    }

    /**
     * @param partner the partner's name and SIRET, as the subject
     * @param membersByService open accounts in the partner's groups, per service
     * @param assignmentsByRole AFAS assignments in force that day, per role
     */
    public Optional<Finding> check(
            String partner,
            List<Convention> conventions,
            Map<Service, Integer> membersByService,
            Map<AfasRole, Integer> assignmentsByRole,
            LocalDate day) {
        int members =
                membersByService.values().stream().mapToInt(Integer::intValue).sum();
        if (members == 0) {
            return Optional.empty();
        }
        List<String> problems = new ArrayList<>();
        Optional<Convention> inForce =
                conventions.stream().filter(c -> c.isInForceOn(day)).findFirst();
        if (inForce.isEmpty()) {
            problems.add(conventions.stream()
                            .max(Comparator.comparing(Convention::getStartsOn))
                            .map(c -> "Convention d'accès " + c.getReference() + " " + ended(c, day))
                            .orElse("Aucune convention d'accès")
                    + " alors que " + members + " utilisateur(s) gardent un accès");
        } else {
            Convention convention = inForce.get();
            if (convention.getEligibilityReceivedOn() == null) {
                problems.add("Formulaire d'éligibilité non reçu pour la convention " + convention.getReference());
            }
            if (convention.getServiceContract() == null) {
                problems.add("Contrat de service absent de la convention " + convention.getReference());
            }
            membersByService.forEach(
                    (service, count) -> subscription(convention, service, day, count, assignmentsByRole, problems));
        }
        if (problems.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Finding(
                CODE, severity, partner, null, null, problems.size() + " écart(s) aux conditions d'accès", problems));
    }

    private static void subscription(
            Convention convention,
            Service service,
            LocalDate day,
            int members,
            Map<AfasRole, Integer> assignmentsByRole,
            List<String> problems) {
        if (members == 0) {
            return;
        }
        Optional<ServiceSubscription> valid = convention.validSubscription(service, day);
        if (valid.isEmpty()) {
            problems.add("Bulletin d'adhésion " + service + " absent ou expiré alors que " + members
                    + " utilisateur(s) sont dans des groupes de ce service");
            return;
        }
        if (service == Service.AFAS && !valid.get().getAvailableRoles().isEmpty()) {
            assignmentsByRole.forEach((role, count) -> {
                if (count > 0 && !valid.get().getAvailableRoles().contains(role)) {
                    problems.add("Rôle « " + role.label() + " » attribué (" + count
                            + " habilitation(s)) mais absent du bulletin d'adhésion AFAS");
                }
            });
        }
    }

    private static String ended(Convention convention, LocalDate day) {
        if (day.isBefore(convention.getStartsOn())) {
            return "pas encore en vigueur (à partir du " + DAY.format(convention.getStartsOn()) + ")";
        }
        if (convention.getTerminatedOn() != null) {
            return "résiliée le " + DAY.format(convention.getTerminatedOn());
        }
        return "échue le " + DAY.format(convention.getStartsOn().plusMonths(convention.getTermMonths()));
    }
}
