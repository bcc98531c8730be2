package fr.ctgportal.ejb.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.ctgportal.model.shared.TextLimit;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The columns that hold typed texts, as the Flyway migrations leave them, hold every text their kind
 * allows, so that the database never has to cut one (in strict mode it would refuse; not strict, it
 * would cut silently): a one-line kind's VARCHAR is as long as its limit, a multi-line kind's TEXT
 * (65,535 bytes) holds its limit in 4-byte characters.
 */
class TextColumnsTest {

    private static final String[] MIGRATIONS = {"V1__skeleton.sql", "V2__recruitment.sql", "V3__longer_audit_texts.sql",
            "V4__weighing_and_funding.sql", "V5__vacancies.sql", "V6__doctrine_parameter_changes.sql",
            "V7__compliance.sql",
            "V8__annual_reports.sql"};
    private static final Pattern CREATE = Pattern.compile("CREATE TABLE (\\w+) \\((.*?)\\n\\)", Pattern.DOTALL);
    private static final Pattern COLUMN = Pattern.compile("^\\s*(\\w+)\\s+(VARCHAR\\(\\d+\\)|TEXT(?!\\w))",
            Pattern.MULTILINE);
    private static final Pattern ALTER = Pattern.compile(
            "ALTER TABLE (\\w+) (?:ADD COLUMN|MODIFY) (\\w+) (VARCHAR\\(\\d+\\)|TEXT(?!\\w))");
    private static final int TEXT_BYTES = 65_535;

    private static Map<String, String> columns() throws IOException {
        Map<String, String> types = new HashMap<>();
        for (String name : MIGRATIONS) {
            try (InputStream in = TextColumnsTest.class.getResourceAsStream("/db/migration/" + name)) {
                assertNotNull(in, name);
                String sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                Matcher table = CREATE.matcher(sql);
                while (table.find()) {
                    Matcher column = COLUMN.matcher(table.group(2));
                    while (column.find()) {
                        types.put(table.group(1) + "." + column.group(1), column.group(2));
                    }
                }
                Matcher alter = ALTER.matcher(sql);
                while (alter.find()) {
                    types.put(alter.group(1) + "." + alter.group(2), alter.group(3));
                }
            }
        }
        return types;
    }

    private static final Map<String, TextLimit> KINDS = Map.ofEntries(
            Map.entry("cooperation_post.title", TextLimit.NAME),
            Map.entry("cooperation_post.holder_name", TextLimit.NAME),
            Map.entry("cooperation_post.officer_username", TextLimit.ACCOUNT),
            Map.entry("recruitment_file.title", TextLimit.NAME),
            Map.entry("candidate.full_name", TextLimit.NAME),
            Map.entry("candidate.diploma", TextLimit.QUALIFICATION),
            Map.entry("weighing_line.label", TextLimit.NAME),
            Map.entry("network_meeting.title", TextLimit.TITLE),
            Map.entry("job_description_mission.missions", TextLimit.DESCRIPTION),
            Map.entry("job_description.organisation", TextLimit.DESCRIPTION),
            Map.entry("job_description.cofinancing", TextLimit.DESCRIPTION),
            Map.entry("candidate.current_situation", TextLimit.DESCRIPTION),
            Map.entry("recruitment_file.choice_reasons", TextLimit.REASON),
            Map.entry("recruitment_file.opinion_reasons", TextLimit.REASON),
            Map.entry("recruitment_file.abandon_reason", TextLimit.REASON),
            Map.entry("funding_decision.return_reason", TextLimit.REASON),
            Map.entry("compliance_procedure.reasons", TextLimit.REASON),
            Map.entry("compliance_procedure.commitment", TextLimit.REASON),
            Map.entry("compliance_procedure.closing_reasons", TextLimit.REASON),
            Map.entry("audit_event.reason", TextLimit.EVALUATION),
            Map.entry("file_message.body", TextLimit.MESSAGE),
            Map.entry("job_description_review.comment_text", TextLimit.COMMENT),
            Map.entry("weighing_proposal.comment_text", TextLimit.COMMENT),
            Map.entry("report_answer.text_value", TextLimit.ANSWER),
            Map.entry("report_function_text.text_value", TextLimit.ANSWER),
            Map.entry("annual_report.employer_remarks", TextLimit.ANSWER),
            Map.entry("annual_report.caf_comment", TextLimit.EVALUATION),
            Map.entry("post_evaluation.text", TextLimit.EVALUATION),
            Map.entry("doctrine_parameter_change.source", TextLimit.SOURCE));

    @Test
    void everyTypedTextFitsItsColumnWhole() throws IOException {
        Map<String, String> types = columns();
        KINDS.forEach((column, kind) -> {
            String type = types.get(column);
            assertNotNull(type, "no column " + column);
            if (kind.singleLine()) {
                assertEquals("VARCHAR(" + kind.max() + ")", type, column + " holds a " + kind);
            } else {
                assertTrue(type.equals("TEXT") && kind.max() * 4 <= TEXT_BYTES,
                        column + " is " + type + " for a " + kind);
            }
        });
    }
}
