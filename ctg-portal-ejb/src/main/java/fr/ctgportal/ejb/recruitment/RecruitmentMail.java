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

    /** @param details {2}, {3}... of the mail (a date, the description's version) */
    public void toCaf(RecruitmentFile file, String event, Object... details) {
        to(Side.CAF, file, event, details);
    }

    /** @param details {2}, {3}... of the mail (the opinion, the description's version) */
    public void toAuthority(RecruitmentFile file, String event, Object... details) {
        to(Side.AUTHORITY, file, event, details);
    }

    /** Tells the side other than {@code from}. */
    public void toOtherSide(Side from, RecruitmentFile file, String event, Object... details) {
        to(from == Side.AUTHORITY ? Side.CAF : Side.AUTHORITY, file, event, details);
    }

    /** Tells the Caf managers what awaits them on the file (a countersignature). */
    public void toManagers(RecruitmentFile file, String event, Object... details) {
        notifications.toManagers(event, Links.recruitmentFile(Side.CAF, file.getId()), arguments(file, details));
    }

    private void to(Side recipient, RecruitmentFile file, String event, Object... details) {
        String link = Links.recruitmentFile(recipient, file.getId());
        Object[] arguments = arguments(file, details);
        if (recipient == Side.CAF) {
            notifications.toCaf(file.getTerritory(), event, link, arguments);
        } else {
            notifications.toAuthority(file.getAuthority(), event, link, arguments);
        }
    }

    /**
     * {0} the file's post as the mails name it (a new post: its title), {1} the authority, then the
     * details (a null detail is blank).
     */
    private static Object[] arguments(RecruitmentFile file, Object... details) {
        Object[] given = details == null ? new Object[]{null} : details;
        Object[] arguments = new Object[2 + given.length];
        arguments[0] = file.getPost() == null
                ? Notifications.newPost(file.getTitle())
                : Notifications.post(file.getPost());
        arguments[1] = file.getAuthority().getName();
        for (int i = 0; i < given.length; i++) {
            arguments[2 + i] = given[i] == null ? "" : given[i];
        }
        return arguments;
    }
}
