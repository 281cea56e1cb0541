package fr.mcp.habilitation.domain;

/** The application role a group gives its members, per subscribed service (the security role has the same name). */
public enum ApplicationRole {
    AFAS_DECLARER(Service.AFAS),
    AFAS_HABILITER(Service.AFAS),
    CDAP_CONSULTER(Service.CDAP);

    private final Service service;

    ApplicationRole(Service service) {
        this.service = service;
    }

    public Service service() {
        return service;
    }
}
