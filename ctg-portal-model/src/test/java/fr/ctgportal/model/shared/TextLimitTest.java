package fr.ctgportal.model.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The text checks every field and service share: limits at the boundary, one-line kinds, bidi controls. */
class TextLimitTest {

    private static DomainRuleException refused(String key, TextLimit kind, String text) {
        DomainRuleException e = assertThrows(DomainRuleException.class, () -> kind.optional(text));
        assertEquals(key, e.getMessageKey());
        return e;
    }

    @ParameterizedTest
    @EnumSource(TextLimit.class)
    void aTextAtItsLimitIsKeptWholeAndOneMoreCharacterIsRefusedWithItsLengthAndLimit(TextLimit kind) {
        String atLimit = "é".repeat(kind.max());
        assertEquals(atLimit, kind.optional(atLimit), "kept whole, never cut");
        DomainRuleException e = refused(TextLimit.TOO_LONG, kind, atLimit + "x");
        assertEquals(List.of(kind.max() + 1, kind.max()), List.of(e.getArguments()));
    }

    @Test
    void aTwentyThousandCharacterPasteIsRefusedNotCut() {
        DomainRuleException e = refused(TextLimit.TOO_LONG, TextLimit.DESCRIPTION,
                "Mission. ".repeat(2223).substring(0, 20_000));
        assertEquals(20_000, e.getArguments()[0]);
        assertEquals(4000, e.getArguments()[1]);
    }

    @Test
    void charactersAreCodePointsSoAnEmojiOrAnIdeographCountsOne() {
        assertEquals(1, TextLimit.length("😀"), "one emoji, two UTF-16 units");
        assertEquals(2, "😀".length());
        assertEquals(3, TextLimit.length("李小龍"));
        assertEquals(6, TextLimit.length("Zoé 李😀"));
        String emojis = "😀".repeat(TextLimit.NAME.max());
        assertEquals(emojis, TextLimit.NAME.optional(emojis), "150 emojis are 150 characters (300 UTF-16 units)");
        refused(TextLimit.TOO_LONG, TextLimit.NAME, emojis + "😀");
        refused(TextLimit.TOO_LONG, TextLimit.NAME, "李".repeat(TextLimit.NAME.max() + 1));
    }

    @Test
    void aLineBreakCountsOneWhateverTheBrowserPosts() {
        assertEquals(3, TextLimit.length("a\r\nb"));
        assertEquals(3, TextLimit.length("a\rb"));
        assertEquals(3, TextLimit.length("a\nb"));
        // The browser counts a line break as one and posts CRLF: a text at the limit stays at the limit.
        String lines = "x\r\n".repeat(1999) + "xx";
        assertEquals(4000, TextLimit.length(lines));
        assertEquals("x\n".repeat(1999) + "xx", TextLimit.REASON.optional(lines), "stored with \\n");
        refused(TextLimit.TOO_LONG, TextLimit.REASON, lines + "x");
    }

    @Test
    void multiLineKindsKeepTheirLineBreaksAndAreStripped() {
        assertEquals("Motif :\n\n- budget\n- calendrier",
                TextLimit.REASON.optional("  Motif :\r\n\r\n- budget\r\n- calendrier \n"));
        assertNull(TextLimit.MESSAGE.optional(" \r\n\t "));
        assertNull(TextLimit.MESSAGE.optional(null));
        assertEquals("x", TextLimit.MESSAGE.required(" x ", "missing"));
        assertEquals("missing", assertThrows(DomainRuleException.class,
                () -> TextLimit.MESSAGE.required(null, "missing")).getMessageKey());
        assertEquals("missing", assertThrows(DomainRuleException.class,
                () -> TextLimit.MESSAGE.required("\r\n", "missing")).getMessageKey());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Chargée\nde coopération", "Chargée\r\nde coopération", "Chargée\rde coopération"})
    void aOneLineFieldRefusesALineBreak(String title) {
        for (TextLimit kind : TextLimit.values()) {
            if (kind.singleLine()) {
                refused(TextLimit.LINE_BREAK, kind, title);
            } else {
                assertTrue(kind.optional(title).contains("\n"), kind.name());
            }
        }
        assertEquals("Chargée de coopération", TextLimit.NAME.optional(" Chargée de coopération\r\n"),
                "a trailing line break is only stripped");
    }

    @ParameterizedTest
    @ValueSource(ints = {0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069})
    void everyKindRefusesABidirectionalControl(int control) {
        String text = "facture" + Character.toString(control) + "fdp.exe";
        for (TextLimit kind : TextLimit.values()) {
            refused(TextLimit.BIDI_CONTROL, kind, text);
        }
    }

    @Test
    void theNeighboursOfTheBidiControlsAndOrdinaryScriptsAreKept() {
        // U+2029 and U+202F (narrow no-break space, as in "4 000") and U+2065/U+206A are not controls of direction.
        for (int c : new int[]{0x2029, 0x202F, 0x2065, 0x206A, 0x200F}) {
            assertTrue(!TextLimit.isBidiControl(c), Integer.toHexString(c));
        }
        assertEquals("Zoé Lefèvre-Nguyễn 李", TextLimit.NAME.optional("Zoé Lefèvre-Nguyễn 李"));
        assertEquals("مريم", TextLimit.NAME.optional("مريم"), "a right-to-left name needs no control");
    }

    @Test
    void aStoredTextIsShownOnOneLineOrAsLinesWithoutControls() {
        assertEquals("Objet forgé Bcc: x", TextLimit.oneLine("Objet\r\nforgé\u202E\nBcc: x"));
        assertEquals("", TextLimit.oneLine(null));
        assertEquals(List.of("Motif :", "", "Avis rendu le 1er janvier"),
                TextLimit.lines("Motif :\r\n\r\nAvis rendu\u2066 le 1er\tjanvier\n"));
        assertEquals(List.of(), TextLimit.lines(null));
    }
}
