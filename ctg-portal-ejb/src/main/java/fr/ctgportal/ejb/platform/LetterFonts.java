package fr.ctgportal.ejb.platform;

import com.lowagie.text.Chunk;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * One text style of the letters (size, weight) as a chain of fonts: DejaVu Sans first, Droid Sans Fallback for
 * the characters it lacks (CJK). A phrase is cut into runs, each in the first font that has its characters; a
 * character no font has becomes U+FFFD. The fonts are read once from the portal's resources and embedded as
 * subsets (Identity-H, so any Unicode character, with a ToUnicode map: the text can be copied and searched).
 */
public final class LetterFonts {

    private static final String DIRECTORY = "/fr/ctgportal/ejb/fonts/";
    private static final int REPLACEMENT = 0xFFFD;

    /** Read on first use, shared by every letter (a {@link BaseFont} is immutable once loaded). */
    private static final class Files {
        static final BaseFont REGULAR = load("DejaVuSans.ttf");
        static final BaseFont BOLD = load("DejaVuSans-Bold.ttf");
        static final BaseFont OBLIQUE = load("DejaVuSans-Oblique.ttf");
        static final BaseFont CJK = load("DroidSansFallbackFull.ttf");

        private static BaseFont load(String file) {
            try (InputStream in = LetterFonts.class.getResourceAsStream(DIRECTORY + file)) {
                if (in == null) {
                    throw new IllegalStateException("font missing from the portal's resources: " + file);
                }
                return BaseFont.createFont(file, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, in.readAllBytes(),
                        null);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (DocumentException e) {
                throw new IllegalStateException(file, e);
            }
        }
    }

    private final Font[] chain;
    private final float size;

    private LetterFonts(float size, Font... chain) {
        this.size = size;
        this.chain = chain;
    }

    public static LetterFonts regular(float size) {
        return new LetterFonts(size, new Font(Files.REGULAR, size), new Font(Files.CJK, size));
    }

    /** DejaVu Sans Bold; the fallback font has no bold face, so its characters are drawn bold. */
    public static LetterFonts bold(float size) {
        return new LetterFonts(size, new Font(Files.BOLD, size), new Font(Files.CJK, size, Font.BOLD));
    }

    /** DejaVu Sans Oblique; the fallback font's characters are slanted. */
    static LetterFonts oblique(float size) {
        return new LetterFonts(size, new Font(Files.OBLIQUE, size), new Font(Files.CJK, size, Font.ITALIC));
    }

    public Paragraph paragraph(String text) {
        return new Paragraph(phrase(text));
    }

    /** @return the width of the text in the first font, in points (to size a table's columns) */
    public float width(String text) {
        return chain[0].getBaseFont().getWidthPoint(text, size);
    }

    /** The text as runs of the chain's fonts; line breaks are kept. */
    public Phrase phrase(String text) {
        Phrase phrase = new Phrase(size * 1.5f);
        StringBuilder run = new StringBuilder();
        Font runFont = chain[0];
        for (int i = 0; i < text.length();) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            Font font = Character.isWhitespace(c) ? runFont : fontFor(c);
            if (font == null) {
                font = chain[0];
                c = REPLACEMENT;
            }
            if (font != runFont && run.length() > 0) {
                phrase.add(new Chunk(run.toString(), runFont));
                run.setLength(0);
            }
            runFont = font;
            run.appendCodePoint(c);
        }
        if (run.length() > 0 || phrase.isEmpty()) {
            phrase.add(new Chunk(run.toString(), runFont));
        }
        return phrase;
    }

    private Font fontFor(int c) {
        for (Font font : chain) {
            if (font.getBaseFont().charExists(c)) {
                return font;
            }
        }
        return null;
    }
}
