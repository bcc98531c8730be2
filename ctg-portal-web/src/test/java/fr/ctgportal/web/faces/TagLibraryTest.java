package fr.ctgportal.web.faces;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The view tags' library ({@code WEB-INF/ctg.taglib.xml}) declares each tag once, with one name and what it is
 * (a source file or a validator): Facelets keeps the last name of a tag that has two, and a page using the other
 * fails only when it is rendered.
 */
class TagLibraryTest {

    private static final Path WEBAPP = Path.of("src/main/webapp");

    @Test
    void everyTagHasOneNameAndWhatItIs() throws Exception {
        var document = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(WEBAPP.resolve("WEB-INF/ctg.taglib.xml").toFile());
        NodeList tags = document.getElementsByTagName("tag");
        Set<String> names = new HashSet<>();
        for (int i = 0; i < tags.getLength(); i++) {
            Element tag = (Element) tags.item(i);
            NodeList name = tag.getElementsByTagName("tag-name");
            assertEquals(1, name.getLength(), "tag n° " + (i + 1) + " has one name");
            String tagName = name.item(0).getTextContent().strip();
            assertTrue(names.add(tagName), tagName + " is declared once");
            int kinds = tag.getElementsByTagName("source").getLength()
                    + tag.getElementsByTagName("validator").getLength()
                    + tag.getElementsByTagName("component").getLength()
                    + tag.getElementsByTagName("converter").getLength();
            assertEquals(1, kinds, tagName + " is one thing: a source file, a validator, a converter or a component");
            NodeList source = tag.getElementsByTagName("source");
            if (source.getLength() == 1) {
                Path file = WEBAPP.resolve("WEB-INF").resolve(source.item(0).getTextContent().strip());
                assertTrue(Files.isRegularFile(file), tagName + ": " + file + " exists");
            }
        }
        assertTrue(names.containsAll(Set.of("field", "textArea", "text", "money", "percent", "number")), "" + names);
    }
}
