package fr.mcp.web.identity;

import fr.mcp.identity.application.ApiTokens;
import fr.mcp.identity.application.ApiTokens.NewToken;
import fr.mcp.identity.application.ApiTokens.TokenRow;
import fr.mcp.identity.domain.TokenScope;
import fr.mcp.shared.config.BusinessTime;
import fr.mcp.web.security.Clients;
import fr.mcp.web.shell.Texts;
import fr.mcp.web.shell.Violations;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** "Mes jetons d'API": create a token for a software (its secret shown once, on this page only), list and revoke them. */
@Named
@ViewScoped
public class TokensView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(BusinessTime.zone());
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Inject
    private transient ApiTokens tokens;

    @Inject
    private transient HttpServletRequest request;

    private String name;
    private String scope = TokenScope.DECLARATIONS_IMPORT.name();
    private String expiresOn = LocalDate.now().plusDays(90).toString();
    private NewToken created;
    private transient List<TokenRow> rows;

    public void create() {
        try {
            created = tokens.create(name, scope, expiresOn, Clients.of(request));
            Texts.info("tokens.created", created.name());
            name = null;
            rows = null;
        } catch (RuntimeException e) {
            Violations.showOrRethrow(e);
        }
    }

    public void revoke(long id) {
        try {
            tokens.revoke(id, Clients.of(request));
            Texts.info("tokens.revoked");
            if (created != null && created.id() == id) {
                created = null;
            }
            rows = null;
        } catch (RuntimeException e) {
            Violations.showOrRethrow(e);
        }
    }

    public List<TokenRow> getRows() {
        if (rows == null) {
            rows = tokens.mine();
        }
        return rows;
    }

    public TokenScope[] getScopes() {
        return TokenScope.values();
    }

    public String time(Instant at) {
        return at == null ? "—" : TIME.format(at);
    }

    public String day(LocalDate day) {
        return day == null ? "—" : DAY.format(day);
    }

    public NewToken getCreated() {
        return created;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getScope() {
        return scope;
    }

    public void setScope(String scope) {
        this.scope = scope;
    }

    public String getExpiresOn() {
        return expiresOn;
    }

    public void setExpiresOn(String expiresOn) {
        this.expiresOn = expiresOn;
    }
}
