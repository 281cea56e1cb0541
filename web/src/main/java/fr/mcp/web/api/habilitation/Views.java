package fr.mcp.web.api.habilitation;

import fr.mcp.habilitation.application.PartnerFile;
import fr.mcp.habilitation.domain.Convention;
import fr.mcp.habilitation.domain.Facility;
import fr.mcp.habilitation.domain.ServiceContract;
import fr.mcp.identity.domain.UserAccount;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** JSON views of habilitation data (entities are never serialised as such). */
final class Views {

    private Views() {}

    static Map<String, Object> partnerFile(PartnerFile file) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", file.partner().getId());
        json.put("siret", file.partner().getSiret());
        json.put("name", file.partner().getName());
        json.put("legalForm", file.partner().getLegalForm());
        json.put(
                "address",
                file.partner().getAddressLine() + ", " + file.partner().getPostalCode() + " "
                        + file.partner().getCity());
        json.put("headOfficeDepartement", file.partner().getHeadOfficeDepartement());
        json.put("multiDepartement", file.partner().isMultiDepartement());
        json.put("caf", file.cafName());
        json.put("accessStatus", file.partner().getAccessStatus().name());
        json.put("convention", file.convention() == null ? null : convention(file.convention()));
        json.put("facilities", file.facilities().stream().map(Views::facility).toList());
        json.put(
                "administrators",
                file.administrators().stream().map(Views::account).toList());
        return json;
    }

    static Map<String, Object> account(UserAccount account) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", account.getId());
        json.put("login", account.getLogin());
        json.put("lastName", account.getLastName());
        json.put("firstName", account.getFirstName());
        json.put("email", account.getEmail());
        json.put("status", account.getStatus().name());
        return json;
    }

    private static Map<String, Object> convention(Convention convention) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("reference", convention.getReference());
        json.put("startsOn", String.valueOf(convention.getStartsOn()));
        json.put("tacitRenewal", convention.isTacitRenewal());
        json.put(
                "terminatedOn",
                convention.getTerminatedOn() == null
                        ? null
                        : convention.getTerminatedOn().toString());
        ServiceContract contract = convention.getServiceContract();
        if (contract != null) {
            Map<String, Object> contacts = new LinkedHashMap<>();
            contacts.put("partnerAdministrator", contract.getPartnerAdministrator());
            contacts.put("partnerSecurityOfficer", contract.getPartnerSecurityOfficer());
            contacts.put("partnerCnilReferent", contract.getPartnerCnilReferent());
            contacts.put("cafMcpOfficer", contract.getCafMcpOfficer());
            contacts.put("openingHours", contract.getOpeningHours());
            contacts.put("escalationProcedure", contract.getEscalationProcedure());
            json.put("serviceContract", contacts);
        }
        json.put(
                "subscriptions",
                convention.getSubscriptions().stream()
                        .map(s -> {
                            Map<String, Object> sub = new LinkedHashMap<>();
                            sub.put("service", s.getService().name());
                            sub.put("scope", s.getScope().name());
                            sub.put("startsOn", s.getStartsOn().toString());
                            sub.put(
                                    "endsOn",
                                    s.getEndsOn() == null ? null : s.getEndsOn().toString());
                            sub.put(
                                    "roles",
                                    s.getAvailableRoles().stream()
                                            .map(Enum::name)
                                            .toList());
                            return sub;
                        })
                        .toList());
        return json;
    }

    private static Map<String, Object> facility(Facility facility) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", facility.getId());
        json.put("type", facility.getType().name());
        json.put("nature", facility.getNature());
        json.put("name", facility.getName());
        json.put("multiSite", facility.isMultiSite());
        json.put("validatedFte", facility.getValidatedFte());
        json.put(
                "sites",
                facility.getSites().stream()
                        .map(site -> Map.of("id", site.getId(), "name", site.getName(), "city", site.getCity()))
                        .toList());
        return json;
    }

    static List<Map<String, Object>> accounts(List<UserAccount> accounts) {
        return accounts.stream().map(Views::account).toList();
    }
}
