package fr.ctgportal.model.territory;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The official list of French intercommunalities (EPCI à fiscalité propre, 1 January 2026: 1,255 rows,
 * SIREN, name, kind, communes, municipal population, département), bundled as reference data in
 * {@code france-epci-2026.csv}: a territory is created from one of them, its population prefilled.
 */
public final class Intercommunalities {

    private static final String FILE = "france-epci-2026.csv";
    private static final List<Intercommunality> ALL = load();

    private Intercommunalities() {
    }

    /** @return every intercommunality of the list, in the file's order */
    public static List<Intercommunality> all() {
        return ALL;
    }

    /** @return the intercommunality of that SIREN (9 digits) */
    public static Optional<Intercommunality> bySiren(String siren) {
        return ALL.stream().filter(i -> i.siren().equals(siren)).findFirst();
    }

    /**
     * @param query part of a name (case and accents ignored) or of a SIREN
     * @param limit the most rows returned
     * @return the matching intercommunalities, by name
     */
    public static List<Intercommunality> search(String query, int limit) {
        String wanted = fold(query == null ? "" : query.strip());
        return ALL.stream().filter(i -> i.siren().contains(wanted.replace(" ", "")) || fold(i.name()).contains(wanted))
                .sorted((a, b) -> a.name().compareToIgnoreCase(b.name())).limit(limit).toList();
    }

    private static String fold(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }

    private static List<Intercommunality> load() {
        try (InputStream in = Intercommunalities.class.getResourceAsStream(FILE);
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            List<Intercommunality> rows = new ArrayList<>();
            reader.readLine(); // header
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank()) {
                    List<String> f = fields(line);
                    rows.add(new Intercommunality(f.get(0), f.get(1), f.get(2), Integer.parseInt(f.get(3)),
                            Integer.parseInt(f.get(4)), f.get(5), f.get(6)));
                }
            }
            return List.copyOf(rows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The fields of one CSV line (comma separated, double quotes around a field holding commas). */
    static List<String> fields(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                if (quoted && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else {
                    quoted = !quoted;
                }
            } else if (c == ',' && !quoted) {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields;
    }
}
