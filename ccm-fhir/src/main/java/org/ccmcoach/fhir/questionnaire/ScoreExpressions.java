package org.ccmcoach.fhir.questionnaire;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hl7.fhir.r4.model.Expression;
import org.hl7.fhir.r4.model.Extension;

/**
 * Recognises a form's total stated as an SDC {@code calculatedExpression} that sums its answers'
 * weights, the one scoring rule forms from elsewhere state: ccm reads the rule from the form, never
 * guesses it.
 *
 * <p>Two shapes are read, as published forms write them: a sum over every answer's weight, such as
 * the SDC PHQ-9's {@code %resource.answers().value.ordinal().sum()} or LHC-Forms'
 * {@code %resource.item.where(linkId != '/69722-7').answer.weight().sum()} (the linkIds it leaves
 * out are not summed), and a sum of variables each holding one question's weight, such as
 * LHC-Forms' PHQ-9 ({@code iif(%any_questions_answered, iif(%q1_value.exists(), %q1_value, 0) + …, {})}).
 * Anything else (a product, a mean, a lookup) is not read, and the caller gives the rule.
 */
final class ScoreExpressions {

    /** SDC's extension for a value a form computes. */
    static final String CALCULATED = "http://hl7.org/fhir/uv/sdc/StructureDefinition/sdc-questionnaire-calculatedExpression";
    /** FHIR's extension naming a value for later expressions. */
    static final String VARIABLE = "http://hl7.org/fhir/StructureDefinition/variable";

    /** A sum read: of every scored answer but {@code excluded}, or of exactly {@code summed}. */
    record Sum(Optional<Set<String>> summed, Set<String> excluded) {
    }

    private static final Pattern EXCLUDED = Pattern.compile("linkId!='((?:[^'\\\\]|\\\\.)*)'");
    private static final Pattern ONE_LINK = Pattern.compile("linkId='((?:[^'\\\\]|\\\\.)*)'");
    private static final Pattern ANY_ANSWERED = Pattern.compile("^iif\\(%[A-Za-z_][A-Za-z0-9_]*,(.*),\\{\\}\\)$");
    private static final Pattern GUARDED = Pattern.compile("^iif\\(%([A-Za-z_][A-Za-z0-9_]*)\\.exists\\(\\),%\\1,0\\)$");
    private static final Pattern PLAIN = Pattern.compile("^%([A-Za-z_][A-Za-z0-9_]*)$");

    private ScoreExpressions() {
    }

    /** {@return the FHIRPath of a calculatedExpression, if the element carries one} */
    static Optional<String> calculated(org.hl7.fhir.r4.model.Element element) {
        Extension e = element.getExtensionByUrl(CALCULATED);
        if (e != null && e.getValue() instanceof Expression x && x.getExpression() != null) {
            return Optional.of(x.getExpression());
        }
        return Optional.empty();
    }

    /**
     * Reads a total.
     *
     * @param expression  the calculatedExpression's FHIRPath
     * @param variables  the variables in scope (the item's, its ancestors' and the form's), by name
     * @return the sum it states, or empty when it is not a sum ccm reads
     */
    static Optional<Sum> read(String expression, Map<String, String> variables) {
        String x = compact(expression);
        Matcher guarded = ANY_ANSWERED.matcher(x);
        if (guarded.matches()) {
            x = guarded.group(1);
        }
        if (x.endsWith(".sum()") && (x.contains("ordinal()") || x.contains("weight()"))
                && !x.contains("linkId='") && !operators(x)) {
            Set<String> excluded = new LinkedHashSet<>();
            Matcher m = EXCLUDED.matcher(x);
            while (m.find()) {
                excluded.add(m.group(1));
            }
            return Optional.of(new Sum(Optional.empty(), excluded));
        }
        Set<String> summed = new LinkedHashSet<>();
        for (String term : terms(x)) {
            Matcher g = GUARDED.matcher(term);
            Matcher p = PLAIN.matcher(term);
            String name = g.matches() ? g.group(1) : p.matches() ? p.group(1) : null;
            String defined = name == null ? null : variables.get(name);
            Optional<String> item = defined == null ? Optional.empty() : oneWeight(compact(defined), variables);
            if (item.isEmpty() || !summed.add(item.get())) {
                return Optional.empty();
            }
        }
        return summed.isEmpty() ? Optional.empty() : Optional.of(new Sum(Optional.of(summed), Set.of()));
    }

    /** The variables an element declares, by name. */
    static Map<String, String> variables(List<Extension> extensions) {
        Map<String, String> found = new HashMap<>();
        for (Extension e : extensions) {
            if (VARIABLE.equals(e.getUrl()) && e.getValue() instanceof Expression x && x.getName() != null && x.getExpression() != null) {
                found.put(x.getName(), x.getExpression());
            }
        }
        return found;
    }

    /** The one question whose weight a variable holds, if that is all it holds. */
    private static Optional<String> oneWeight(String x, Map<String, String> variables) {
        Matcher m = ONE_LINK.matcher(x);
        Set<String> links = new LinkedHashSet<>();
        while (m.find()) {
            links.add(m.group(1));
        }
        boolean weight = x.contains("ordinal()") || x.contains("weight()") || x.contains("ordinalValue")
                || x.contains("itemWeight") || namesWeightUrl(x, variables);
        return links.size() == 1 && weight && !operators(x) ? Optional.of(links.iterator().next()) : Optional.empty();
    }

    private static final Pattern VARIABLE_USE = Pattern.compile("%([A-Za-z_][A-Za-z0-9_]*)");
    private static final Pattern WEIGHT_URL = Pattern.compile("\\s*'http://hl7\\.org/fhir/StructureDefinition/(ordinalValue|itemWeight)'\\s*");

    /**
     * Whether an expression names a variable holding the URL of a weight extension. The names it uses
     * are looked up, not every variable in scope tried: n terms among n variables cost n, not n².
     */
    private static boolean namesWeightUrl(String x, Map<String, String> variables) {
        Matcher m = VARIABLE_USE.matcher(x);
        while (m.find()) {
            String value = variables.get(m.group(1));
            if (value != null && WEIGHT_URL.matcher(value).matches()) {
                return true;
            }
        }
        return false;
    }

    /** Whether an expression, quoted text left out, does arithmetic other than the sum it is read as. */
    private static boolean operators(String x) {
        String bare = x.replaceAll("'(?:[^'\\\\]|\\\\.)*'", "''");
        return bare.matches(".*[-*/+].*") || bare.contains("div") || bare.contains("mod");
    }

    /** The top-level terms of a sum, or the whole when there is no top-level {@code +}. */
    private static List<String> terms(String x) {
        List<String> terms = new ArrayList<>();
        int depth = 0;
        int start = 0;
        boolean quoted = false;
        for (int i = 0; i < x.length(); i++) {
            char c = x.charAt(i);
            if (c == '\'' && (i == 0 || x.charAt(i - 1) != '\\')) {
                quoted = !quoted;
            } else if (!quoted && (c == '(' || c == '{')) {
                depth++;
            } else if (!quoted && (c == ')' || c == '}')) {
                depth--;
            } else if (!quoted && depth == 0 && c == '+') {
                terms.add(x.substring(start, i));
                start = i + 1;
            }
        }
        terms.add(x.substring(start));
        return terms;
    }

    /** The expression without white space outside quoted text. */
    private static String compact(String x) {
        StringBuilder out = new StringBuilder(x.length());
        boolean quoted = false;
        for (int i = 0; i < x.length(); i++) {
            char c = x.charAt(i);
            if (c == '\'' && (i == 0 || x.charAt(i - 1) != '\\')) {
                quoted = !quoted;
            }
            if (quoted || !Character.isWhitespace(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }
}
