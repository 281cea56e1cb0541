package fr.mcp.web.security;

import java.util.Hashtable;
import java.util.UUID;
import javax.security.auth.Subject;

/**
 * Gives each sign-in a subject and an SSO token of its own. Liberty keys the subjects it keeps in its authentication
 * cache by the caller's id unless the sign-in names a key: two browsers of one user then received the same SSO cookie,
 * and signing out in one (or the server ending one session) signed the other out, told that its session had ended.
 * A key unique to each sign-in (Liberty's custom cache key, read from the client subject's credentials by its JASPIC
 * bridge) keeps them apart. Only the portal's sign-in form is keyed: each API call signs in again (password or token),
 * and a key per call would leave one cache entry per call for the token's life, crowding out the browsers' entries.
 */
final class OwnSignIn {

    /** Liberty's name for a custom authentication cache key ({@code AttributeNameConstants.WSCREDENTIAL_CACHE_KEY}). */
    static final String CACHE_KEY = "com.ibm.wsspi.security.cred.cacheKey";

    private OwnSignIn() {}

    /** Puts a cache key of its own in the credentials Liberty reads the sign-in from. */
    static void keyed(Subject clientSubject) {
        if (clientSubject == null) {
            return;
        }
        Hashtable<String, Object> credentials = new Hashtable<>();
        credentials.put(CACHE_KEY, "mcp-sign-in-" + UUID.randomUUID());
        clientSubject.getPrivateCredentials().add(credentials);
    }
}
