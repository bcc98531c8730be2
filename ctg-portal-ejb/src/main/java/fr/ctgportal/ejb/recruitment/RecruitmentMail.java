package fr.ctgportal.ejb.recruitment;

import fr.ctgportal.ejb.mail.Notifications;
import fr.ctgportal.ejb.platform.Links;
import fr.ctgportal.model.recruitment.RecruitmentFile;
import fr.ctgportal.model.shared.Side;
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
        to(Side.CAF, file, event, detail);
    }

    public void toAuthority(RecruitmentFile file, String event, Object detail) {
        to(Side.AUTHORITY, file, event, detail);
    }

    /** Tells the side other than {@code from}. */
    public void toOtherSide(Side from, RecruitmentFile file, String event, Object detail) {
        to(from == Side.AUTHORITY ? Side.CAF : Side.AUTHORITY, file, event, detail);
    }

    private void to(Side recipient, RecruitmentFile file, String event, Object detail) {
        String link = Links.recruitmentFile(recipient, file.getId());
        Object[] arguments = {file.getTitle(), file.getAuthority().getName(), detail == null ? "" : detail};
        if (recipient == Side.CAF) {
            notifications.toCaf(file.getTerritory(), event, link, arguments);
        } else {
            notifications.toAuthority(file.getAuthority(), event, link, arguments);
        }
    }
}
