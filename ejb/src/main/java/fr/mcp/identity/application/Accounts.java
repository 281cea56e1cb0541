package fr.mcp.identity.application;

import fr.mcp.identity.domain.UserAccount;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** Repository of accounts. */
@Stateless
public class Accounts {

    @PersistenceContext(unitName = "mcp")
    private EntityManager em;

    public Optional<UserAccount> byLogin(String login) {
        return em.createQuery("SELECT a FROM UserAccount a WHERE a.login = :login", UserAccount.class)
                .setParameter("login", login)
                .getResultStream()
                .findFirst();
    }

    public Optional<UserAccount> byId(long id) {
        return Optional.ofNullable(em.find(UserAccount.class, id));
    }

    public List<UserAccount> byEmail(String email) {
        return em.createQuery("SELECT a FROM UserAccount a WHERE LOWER(a.email) = :email", UserAccount.class)
                .setParameter("email", email.trim().toLowerCase())
                .getResultList();
    }
}
