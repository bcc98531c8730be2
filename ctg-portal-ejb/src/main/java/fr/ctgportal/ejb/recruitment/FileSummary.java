package fr.ctgportal.ejb.recruitment;

import java.io.Serializable;
import fr.ctgportal.model.recruitment.RecruitmentFile;
import fr.ctgportal.model.recruitment.RecruitmentKind;
import fr.ctgportal.model.recruitment.RecruitmentStage;
import java.time.Instant;
import java.time.LocalDate;

/** A line of a list of recruitment files; {@code late} when the Caf's due date has passed. */
public record FileSummary(long id, String title, RecruitmentKind kind, RecruitmentStage stage, String authorityName,
        String territoryName, Instant openedAt, LocalDate dueDate, boolean late) implements Serializable {

    static FileSummary of(RecruitmentFile f, LocalDate today) {
        return new FileSummary(f.getId(), f.getTitle(), f.getKind(), f.getStage(), f.getAuthority().getName(),
                f.getTerritory().getName(), f.getOpened().at(), f.getDueDate(), f.isLate(today));
    }
}
