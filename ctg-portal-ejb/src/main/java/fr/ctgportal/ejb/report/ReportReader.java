package fr.ctgportal.ejb.report;

/** For whom a report is read or changed: its officer, the employer's HR, or the Caf. */
public enum ReportReader {
    OFFICER, EMPLOYER, CAF
}
