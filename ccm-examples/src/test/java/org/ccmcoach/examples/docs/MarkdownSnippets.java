package org.ccmcoach.examples.docs;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the blocks of a Markdown text that the doc runner acts on, in document order: fenced
 * {@code java} blocks (with the {@code output} block that may follow each), hidden
 * {@code <!-- java ... -->} blocks, {@code text} blocks that are JShell transcripts, and
 * {@code java no-run} blocks. Fences may be indented (inside list items); the indentation is taken
 * off their content.
 */
final class MarkdownSnippets {

    private static final Pattern FENCE = Pattern.compile("^( *)(`{3,}|~{3,})\\s*([^`]*?)\\s*$");

    private MarkdownSnippets() {
    }

    /** {@return the blocks of a Markdown text, in order} */
    static List<DocBlock> read(String markdown) {
        String[] lines = markdown.split("\r?\n", -1);
        List<DocBlock> blocks = new ArrayList<>();
        int lastFenceEnd = -1;
        int i = 0;
        while (i < lines.length) {
            Matcher open = FENCE.matcher(lines[i]);
            if (open.matches()) {
                int indent = open.group(1).length();
                String fence = open.group(2);
                List<String> info = List.of(open.group(3).split("\\s+"));
                int start = i;
                List<String> content = new ArrayList<>();
                i++;
                while (i < lines.length && !closes(lines[i], fence)) {
                    content.add(unindent(lines[i], indent));
                    i++;
                }
                // An output block belongs to the Java block just before it, with only blank lines between.
                boolean adjacent = lastFenceEnd >= 0 && blankBetween(lines, lastFenceEnd, start);
                lastFenceEnd = info.get(0).equals("java") && !info.contains("no-run") ? i : -1;
                i++;
                add(blocks, info, start + 1, content, adjacent);
            } else if (lines[i].strip().equals("<!-- java")) {
                int start = i;
                List<String> content = new ArrayList<>();
                i++;
                while (i < lines.length && !lines[i].strip().endsWith("-->")) {
                    content.add(lines[i]);
                    i++;
                }
                if (i < lines.length) {
                    String last = lines[i].substring(0, lines[i].lastIndexOf("-->"));
                    if (!last.isBlank()) {
                        content.add(last);
                    }
                }
                lastFenceEnd = -1;
                i++;
                blocks.add(new DocBlock(DocBlock.Kind.HIDDEN_JAVA, start + 1, content, Optional.empty()));
            } else {
                i++;
            }
        }
        return blocks;
    }

    private static void add(List<DocBlock> blocks, List<String> info, int line, List<String> content, boolean adjacent) {
        String language = info.get(0);
        if (language.equals("java")) {
            DocBlock.Kind kind = info.contains("no-run") ? DocBlock.Kind.NO_RUN : DocBlock.Kind.JAVA;
            blocks.add(new DocBlock(kind, line, content, Optional.empty()));
        } else if (language.equals("output") && adjacent && !blocks.isEmpty()
                && blocks.get(blocks.size() - 1).kind() == DocBlock.Kind.JAVA
                && blocks.get(blocks.size() - 1).output().isEmpty()) {
            DocBlock java = blocks.remove(blocks.size() - 1);
            blocks.add(new DocBlock(java.kind(), java.line(), java.lines(),
                    Optional.of(new DocBlock.ExpectedOutput(line, String.join("\n", content)))));
        } else if (language.equals("text") && isTranscript(content)) {
            blocks.add(new DocBlock(DocBlock.Kind.TRANSCRIPT, line, content, Optional.empty()));
        }
    }

    /** {@return whether only blank lines lie strictly between two line indices} */
    private static boolean blankBetween(String[] lines, int from, int to) {
        for (int k = from + 1; k < to; k++) {
            if (!lines[k].isBlank()) {
                return false;
            }
        }
        return true;
    }

    /**
     * A transcript's first non-blank line is a {@code jshell> } prompt, or the shell command that
     * starts JShell ({@code $ bin/ccm-shell}) with a prompt on the next non-blank line.
     */
    private static boolean isTranscript(List<String> content) {
        List<String> lines = content.stream().filter(l -> !l.isBlank()).toList();
        if (lines.isEmpty()) {
            return false;
        }
        if (lines.get(0).startsWith("jshell> ")) {
            return true;
        }
        return lines.get(0).startsWith("$ ") && lines.get(0).contains("ccm-shell") && lines.size() > 1
                && lines.get(1).startsWith("jshell> ");
    }

    private static boolean closes(String line, String fence) {
        String stripped = line.strip();
        return stripped.length() >= fence.length() && stripped.chars().allMatch(c -> c == fence.charAt(0));
    }

    private static String unindent(String line, int indent) {
        int n = 0;
        while (n < indent && n < line.length() && line.charAt(n) == ' ') {
            n++;
        }
        return line.substring(n);
    }
}
