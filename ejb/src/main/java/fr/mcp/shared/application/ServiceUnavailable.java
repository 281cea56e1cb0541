package fr.mcp.shared.application;

import jakarta.ejb.ApplicationException;

/**
 * The database has not answered since the start (schema not migrated yet): the request can be neither served nor
 * refused, only tried again later (503). An application exception, so that the container does not log it as a fault.
 */
@ApplicationException(rollback = true)
public class ServiceUnavailable extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ServiceUnavailable(String reason) {
        super(reason);
    }
}
