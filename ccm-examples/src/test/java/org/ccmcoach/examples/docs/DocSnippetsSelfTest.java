package org.ccmcoach.examples.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/**
 * The doc runner itself: a fixture with a passing block of each kind runs clean, and each kind of
 * difference in a second fixture is reported at its line in the Markdown file, with what was
 * expected and what happened.
 */
class DocSnippetsSelfTest {

    private static final Path ROOT = Path.of(System.getProperty("ccm.repository.root", "..")).toAbsolutePath().normalize();

    private static Path fixture(String name) throws URISyntaxException {
        return Path.of(Objects.requireNonNull(DocSnippetsSelfTest.class.getResource("/doc-snippets/" + name)).toURI());
    }

    @Test
    void the_fixture_markdown_is_read_into_its_blocks_in_order() throws Exception {
        List<DocBlock> blocks = MarkdownSnippets.read(Files.readString(fixture("passing.md")));
        // Counted by hand in passing.md: java (line 5), java (20), hidden (27), java with output
        // (33, output at 39), the indented java in a list item (46), the transcript (50), java no-run
        // (67); the plain text block (71) and the sh block (75) are not blocks the runner acts on.
        assertEquals(List.of("JAVA@5", "JAVA@20", "HIDDEN_JAVA@27", "JAVA@33", "JAVA@46", "TRANSCRIPT@50", "NO_RUN@67"),
                blocks.stream().map(b -> b.kind() + "@" + b.line()).toList());
        assertEquals(39, blocks.get(3).output().orElseThrow().line());
        assertEquals("sum 10\nset up out of sight", blocks.get(3).output().orElseThrow().text());
        assertEquals(List.of("int indented = sum * 2;   // ==> 20"), blocks.get(4).lines());
        assertEquals(List.of("String hidden = \"set up out of sight\";"), blocks.get(2).lines());
    }

    @Test
    void a_block_of_each_kind_passes_and_files_land_in_the_runners_directory() throws Exception {
        List<String> failures = new ArrayList<>();
        Path directory;
        try (SnippetRunner runner = new SnippetRunner(ROOT, "passing.md")) {
            directory = runner.directory();
            for (DocBlock block : MarkdownSnippets.read(Files.readString(fixture("passing.md")))) {
                failures.addAll(runner.run(block));
            }
            assertEquals("here", Files.readString(directory.resolve("written-by-a-snippet.txt")));
        }
        assertEquals(List.of(), failures);
        assertFalse(Files.exists(ROOT.resolve("written-by-a-snippet.txt")));
        assertFalse(Files.exists(Path.of("written-by-a-snippet.txt")));
        assertFalse(Files.exists(directory), "the runner's directory is deleted when it closes");
    }

    @Test
    void each_difference_is_reported_at_its_line_with_expected_and_actual() throws Exception {
        List<String> failures = new ArrayList<>();
        try (SnippetRunner runner = new SnippetRunner(ROOT, "failing.md")) {
            for (DocBlock block : MarkdownSnippets.read(Files.readString(fixture("failing.md")))) {
                failures.addAll(runner.run(block));
            }
        }
        // The lines, read off failing.md: the wrong value on line 4 (line 5 is right), the output
        // block's second line (15), the statement that does not compile (20), the exception that
        // does not happen (24) and the one with another message (25), the unexpected exception
        // (29), the transcript's command whose value differs (33) and the one whose exception does
        // (38), the method that calls what nothing defines (43), and a "// throws" comment that
        // is not the marker's form (47), which would otherwise pass unchecked.
        assertEquals(List.of("failing.md:4 (block at line 3): the value differs",
                        "failing.md:15 (output of the block at line 8): the printed text differs from the output block at line 2",
                        "failing.md:20 (block at line 18): does not compile:",
                        "failing.md:24 (block at line 23): nothing was thrown",
                        "failing.md:25 (block at line 23): the exception differs",
                        "failing.md:29 (block at line 28): threw java.lang.NumberFormatException: For input string: \"q\"",
                        "failing.md:33 (block at line 32): the value differs",
                        "failing.md:38 (block at line 37): the exception differs",
                        "failing.md:43 (block at line 42): refers to what no earlier snippet defines: method notDefinedAnywhere()",
                        "failing.md:47 (block at line 46): its comment is neither \"// throws Name\" nor \"// throws Name: message\": "
                                + "// throws NumberFormatException when the text is no number"),
                failures.stream().map(f -> f.lines().findFirst().orElseThrow()).toList());
        assertDetails(failures.get(0), "  snippet:  int four = 2 + 2;", "  expected: 5", "  actual:   4");
        assertDetails(failures.get(1), "  expected: three", "  actual:   two");
        assertDetails(failures.get(2), "cannot find symbol", "symbol:   variable undefinedName", "  snippet:  int broken = undefinedName + 1;");
        assertFalse(failures.get(2).contains("location: class"), failures.get(2));
        assertDetails(failures.get(3), "  expected: throws NumberFormatException", "  actual:   12");
        assertDetails(failures.get(4), "  expected: throws NumberFormatException: another message",
                "  actual:   throws NumberFormatException: For input string: \"z\"");
        assertDetails(failures.get(6), "  snippet:  1 + 1", "  expected: 3", "  actual:   2");
        assertDetails(failures.get(7), "  expected: java.lang.NumberFormatException: For input string: \"v\"",
                "  actual:   java.lang.NumberFormatException: For input string: \"w\"");
    }

    private static void assertDetails(String failure, String... lines) {
        for (String line : lines) {
            assertTrue(failure.contains(line), () -> "expected «" + line + "» in:\n" + failure);
        }
    }

    @Test
    void the_test_finds_the_readme_and_every_guide_under_docs() throws IOException {
        List<Path> files = DocSnippetsTest.markdownFiles(ROOT);
        assertEquals(ROOT.resolve("README.md"), files.get(0));
        assertTrue(files.contains(ROOT.resolve("docs/writing-docs.md")), files::toString);
        assertTrue(files.stream().skip(1).allMatch(f -> f.startsWith(ROOT.resolve("docs")) && f.toString().endsWith(".md")));
    }
}
