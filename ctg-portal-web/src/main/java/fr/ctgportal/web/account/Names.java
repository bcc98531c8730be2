package fr.ctgportal.web.account;

import fr.ctgportal.ejb.account.People;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.Map;

/**
 * How a view names the person of a login that a record carries (who signed, prepared, approved,
 * wrote): {@code #{names.of(login)}} gives "Prénom Nom", {@code #{names.withRole(login)}} "Prénom
 * Nom, rôle" for signatures ({@link People}); never the login itself, unless the portal knows no name
 * for it. Each login is looked up once per request.
 */
@Named("names")
@RequestScoped
public class Names {

    @Inject
    private People people;

    private final Map<String, String> names = new HashMap<>();
    private final Map<String, String> withRoles = new HashMap<>();

    /**
     * Looks up the names of a list's logins at once ({@link People#namesOf}: two queries at most), so
     * that its rows read them from here instead of one query per person.
     */
    public void preload(java.util.Collection<String> logins) {
        java.util.List<String> missing = logins.stream().filter(l -> l != null && !l.isBlank())
                .filter(l -> !names.containsKey(l)).distinct().toList();
        if (!missing.isEmpty()) {
            names.putAll(people.namesOf(missing));
        }
    }

    /** @return the person's name; empty for no login */
    public String of(String login) {
        return login == null || login.isBlank() ? "" : names.computeIfAbsent(login, people::nameOf);
    }

    /** @return the person's name and role, for a signature; empty for no login */
    public String withRole(String login) {
        return login == null || login.isBlank() ? "" : withRoles.computeIfAbsent(login, people::nameAndRoleOf);
    }
}
