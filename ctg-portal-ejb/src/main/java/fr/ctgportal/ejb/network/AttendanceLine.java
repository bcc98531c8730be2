package fr.ctgportal.ejb.network;

import java.io.Serializable;
import java.time.LocalDate;

/** Whether a post's officer attended one meeting. */
public record AttendanceLine(LocalDate heldOn, String title, boolean present) implements Serializable {
}
