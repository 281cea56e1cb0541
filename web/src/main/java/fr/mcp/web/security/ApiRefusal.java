package fr.mcp.web.security;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** The REST API's refusal before any resource runs: a status and one French message, in the API's JSON error shape. */
final class ApiRefusal {

    private ApiRefusal() {}

    static void send(HttpServletResponse response, int status, String message) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json;charset=UTF-8");
        response.getWriter()
                .write("{\"status\":" + status + ",\"messages\":[\""
                        + message.replace("\\", "\\\\").replace("\"", "\\\"") + "\"]}");
    }
}
