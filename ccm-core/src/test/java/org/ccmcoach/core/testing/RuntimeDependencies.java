package org.ccmcoach.core.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Compares a module's resolved run-time class path with the table "What each module
 * brings" in docs/embedding.md, so the guide cannot fall behind the POMs. Maven writes the class path, with each jar's
 * file, to {@code target/runtime-dependencies.txt} before the tests (the parent POM's
 * {@code runtime-dependencies} execution of {@code dependency:list}).
 */
public final class RuntimeDependencies {

    /** A {@code dependency:list} line: group:artifact:type[:classifier]:version:scope:file, maybe "(optional)". */
    private static final Pattern LISTED = Pattern.compile(
            "^\\s+([^:\\s]+):([^:\\s]+):([^:\\s]+):(?:([^:\\s]+):)?([^:\\s]+):(compile|runtime):(\\S+)( \\(optional\\))?");
    private static final String BEGIN = "<!-- runtime-dependencies: begin";
    private static final String END = "<!-- runtime-dependencies: end -->";

    private RuntimeDependencies() {
    }

    /**
     * One run-time dependency.
     *
     * @param key  {@code group:artifact:version}, or {@code org.ccmcoach:artifact} for ccm's own modules
     * @param optional  whether the module declares it optional, so that an application does not receive it
     * @param bytes  the jar's size; -1 for ccm's own modules, whose size changes with every commit
     */
    public record Dependency(String key, boolean optional, long bytes) {

        /**
         * The size as the README gives it.
         *
         * @return the size in KiB, rounded; -1 for ccm's own modules
         */
        public long kib() {
            return bytes < 0 ? -1 : Math.round(bytes / 1024.0);
        }
    }

    /**
     * Asserts that the guide's column for a module lists exactly its resolved run-time dependencies,
     * with their sizes, and that its totals are the sums.
     *
     * @param module  the module's artifact id, such as {@code "ccm-pdsa"}
     * @return the resolved dependencies, for further assertions
     * @throws IOException if the class path list or the README cannot be read
     */
    public static List<Dependency> assertReadmeMatches(String module) throws IOException {
        List<Dependency> resolved = resolved(Path.of("target/runtime-dependencies.txt"));
        Map<String, String> marks = new TreeMap<>();
        Map<String, Long> sizes = new TreeMap<>();
        long[] totals = readme(Path.of("../docs/embedding.md"), module, marks, sizes);

        Map<String, String> expected = new TreeMap<>();
        long count = 0;
        long bytes = 0;
        for (Dependency d : resolved) {
            expected.put(d.key(), d.optional() ? "optional" : "✓");
            if (!d.optional()) {
                count++;
                bytes += Math.max(0, d.bytes());
            }
        }
        assertEquals(expected, marks, module + ": the guide's column against the resolved run-time class path"
                + " (regenerate the table from target/runtime-dependencies.txt of each published module)");
        for (Dependency d : resolved) {
            if (d.kib() >= 0) {
                assertEquals(d.kib(), sizes.get(d.key()), module + ": size in KiB of " + d.key());
            }
        }
        assertEquals(count, totals[0], module + ": the guide's count of the jars the module brings");
        assertEquals(Math.round(bytes / 1024.0), totals[1], module + ": the guide's KiB of third-party jars");
        return resolved;
    }

    /**
     * The licences ccm, under Apache-2.0, may pass on to an application that must be free to use it in
     * closed-source software: permissive licences (Unicode-3.0 is ICU4J's, permissive like MIT; "Apache
     * Software License 2.0" is how HAPI FHIR's POMs name Apache-2.0), the LGPL for a library used
     * unmodified as its own jar, and the MPL-2.0 (Saxon-HE, which HAPI FHIR brings), whose copyleft
     * covers only changes to its own files, as the ASF's "category B" allows in binary form. A licence
     * outside this list (the GPL of JFreeSVG, say) is allowed only on an optional dependency, which an
     * application adds itself.
     */
    static final java.util.Set<String> PASSED_ON = java.util.Set.of("Apache-2.0", "Apache Software License 2.0", "MIT",
            "BSD-3-Clause", "EPL-2.0", "GNU Lesser General Public Licence", "Unicode-3.0", "MPL-2.0");

    /**
     * Asserts from the module's CycloneDX SBOM ({@code target/bom.json}, written before the tests)
     * that every dependency an application receives has a licence ccm may pass on ({@link #PASSED_ON}).
     *
     * @param module  the module's artifact id
     * @return the licences of every dependency in the SBOM, by {@code group:artifact:version}
     * @throws IOException if the SBOM cannot be read
     */
    public static Map<String, List<String>> assertLicencesPassOn(String module) throws IOException {
        Path sbom = Path.of("target/bom.json");
        assertTrue(Files.exists(sbom), sbom + " is written by Maven before the tests: run them through ./mvnw");
        tools.jackson.databind.JsonNode bom = tools.jackson.databind.json.JsonMapper.builder().build().readTree(sbom.toFile());
        assertEquals(module, bom.get("metadata").get("component").get("name").asString());
        Map<String, List<String>> licences = new TreeMap<>();
        for (tools.jackson.databind.JsonNode component : bom.get("components")) {
            String key = component.get("group").asString() + ":" + component.get("name").asString() + ":"
                    + component.get("version").asString();
            List<String> names = new ArrayList<>();
            for (tools.jackson.databind.JsonNode choice : component.path("licenses")) {
                tools.jackson.databind.JsonNode licence = choice.path("license");
                names.add(licence.has("id") ? licence.get("id").asString() : licence.has("name")
                        ? licence.get("name").asString() : choice.path("expression").asString());
            }
            licences.put(key, List.copyOf(names));
            boolean optional = component.path("scope").asString().equals("optional");
            assertTrue(optional || names.stream().anyMatch(PASSED_ON::contains),
                    module + ": " + key + " is licensed " + names + ", which ccm may not pass on to every application;"
                            + " make it optional or replace it");
        }
        return licences;
    }

    private static List<Dependency> resolved(Path list) throws IOException {
        assertTrue(Files.exists(list), list + " is written by Maven before the tests: run them through ./mvnw");
        List<Dependency> out = new ArrayList<>();
        for (String line : Files.readAllLines(list)) {
            Matcher m = LISTED.matcher(line);
            if (!m.find()) {
                continue;
            }
            boolean ccm = m.group(1).equals("org.ccmcoach");
            // a classifier (xmlresolver's "data" jar beside its classes) makes a jar of its own
            String key = ccm ? m.group(1) + ":" + m.group(2) : m.group(1) + ":" + m.group(2) + ":" + m.group(5)
                    + (m.group(4) == null ? "" : ":" + m.group(4));
            out.add(new Dependency(key, m.group(8) != null, ccm ? -1 : Files.size(Path.of(m.group(7)))));
        }
        assertTrue(!out.isEmpty() || Files.readString(list).contains("none"), "no dependency parsed from " + list);
        return List.copyOf(out);
    }

    /** Reads the module's column of the README table into marks and sizes; returns {count, KiB} of its totals. */
    private static long[] readme(Path readme, String module, Map<String, String> marks, Map<String, Long> sizes)
            throws IOException {
        String text = Files.readString(readme);
        int begin = text.indexOf(BEGIN);
        int end = text.indexOf(END);
        assertTrue(begin >= 0 && end > begin, "the README holds the table between " + BEGIN + " and " + END);
        List<String> rows = text.substring(begin, end).lines().filter(l -> l.startsWith("|")).toList();
        List<String> header = cells(rows.get(0));
        int column = header.indexOf("`" + module + "`");
        assertTrue(column >= 0, module + " has a column in the guide's table: " + header);
        long[] totals = {-1, -1};
        for (String row : rows.subList(2, rows.size())) {
            List<String> cells = cells(row);
            String name = cells.get(0);
            String mark = cells.get(column);
            if (name.equals("**jars it brings**")) {
                totals[0] = Long.parseLong(mark);
            } else if (name.equals("**KiB of third-party jars**")) {
                totals[1] = Long.parseLong(mark.replace(",", ""));
            } else if (!mark.isEmpty()) {
                String key = name.replace("`", "");
                marks.put(key, mark);
                if (!cells.get(1).equals("(ccm)")) {
                    sizes.put(key, Long.parseLong(cells.get(1).replace(",", "")));
                }
            }
        }
        return totals;
    }

    private static List<String> cells(String row) {
        String inner = row.strip();
        inner = inner.substring(1, inner.length() - 1);
        List<String> out = new ArrayList<>();
        for (String cell : inner.split("\\|", -1)) {
            out.add(cell.strip());
        }
        return out;
    }
}
