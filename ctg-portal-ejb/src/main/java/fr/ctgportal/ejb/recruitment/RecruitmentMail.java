package fr.ctgportal.ejb.recruitment;

import fr.ctgportal.ejb.mail.Notifications;
import fr.ctgportal.model.recruitment.RecruitmentFile;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/**
 * Who is told of a step of a recruitment file: the authority's HR mailbox, or the Caf advisors who
 * follow the file's territory. Each mail links to the file's page in the recipient's area.
 */
@ApplicationScoped
public class RecruitmentMail {

    @PersistenceContext(unitName = "ctg")
    private EntityManager em;

    @Inject
    private Notifications notifications;

    public void toCaf(RecruitmentFile file, String event, Object detail) {
        List<String> advisors = em.createQuery("select a.email from CafAdvisor a join a.portfolio t "
                        + "where t.id = :t and a.email is not null", String.class)
                .setParameter("t", file.getTerritory().getId()).getResultList();
        notifications.send(advisors, event, "/caf/recrutements/dossier.xhtml?id=" + file.getId(), arguments(file, detail));
    }

    public void toAuthority(RecruitmentFile file, String event, Object detail) {
        String hr = file.getAuthority().getHrEmail();
        notifications.send(hr == null ? List.of() : List.of(hr), event,
                "/collectivite/recrutements/dossier.xhtml?id=" + file.getId(), arguments(file, detail));
    }

    private static Object[] arguments(RecruitmentFile file, Object detail) {
        return new Object[] {file.getTitle(), file.getAuthority().getName(), detail == null ? "" : detail};
    }
}
