package fr.ctgportal.ejb.recruitment;

import fr.ctgportal.ejb.mail.Notifications;
import fr.ctgportal.model.recruitment.RecruitmentFile;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Who is told of a step of a recruitment file: the authority's HR mailbox, or the Caf advisors who
 * follow the file's territory. Each mail links to the file's page in the recipient's area.
 */
@ApplicationScoped
public class RecruitmentMail {

    @Inject
    private Notifications notifications;

    public void toCaf(RecruitmentFile file, String event, Object detail) {
        notifications.toCaf(file.getTerritory(), event, "/caf/recrutements/dossier.xhtml?id=" + file.getId(),
                arguments(file, detail));
    }

    public void toAuthority(RecruitmentFile file, String event, Object detail) {
        notifications.toAuthority(file.getAuthority(), event,
                "/collectivite/recrutements/dossier.xhtml?id=" + file.getId(), arguments(file, detail));
    }

    private static Object[] arguments(RecruitmentFile file, Object detail) {
        return new Object[] {file.getTitle(), file.getAuthority().getName(), detail == null ? "" : detail};
    }
}
