package org.ccmcoach.fhir.questionnaire;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hl7.fhir.r4.model.CodeSystem;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DecimalType;
import org.hl7.fhir.r4.model.Element;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.MetadataResource;
import org.hl7.fhir.r4.model.Questionnaire;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.ValueSet;

/**
 * The scores FHIR gives coded answers, wherever a form puts them.
 *
 * <p>R4 names the score {@code ordinalValue} (an extension on a Coding or an answer option); SDC
 * for R4 (4.0.0) renamed it {@code itemWeight} (HL7/sdc {@code input/pagecontent/changes.xml}) and
 * lets a CodeSystem carry it as the concept property {@code itemWeight}. Both names are read; a
 * form that gives one code two different scores is refused where it does.
 */
final class AnswerWeights {

    /** FHIR R4's extension giving a coded answer its score. */
    static final String ORDINAL_VALUE = "http://hl7.org/fhir/StructureDefinition/ordinalValue";
    /** SDC for R4's (and R5's) name for the same extension. */
    static final String ITEM_WEIGHT = "http://hl7.org/fhir/StructureDefinition/itemWeight";
    /**
     * R5's {@code ValueSet.expansion.contains.property} carried in R4 as a cross-version extension,
     * as SDC 4.0.0's PHQ-9 gives each code its {@code itemWeight}.
     */
    static final String R5_CONTAINS_PROPERTY = "http://hl7.org/fhir/5.0/StructureDefinition/extension-ValueSet.expansion.contains.property";

    /** A code offered by a value set, with the weight it carries there (null when none). */
    record Offered(Coding coding, BigDecimal weight, String at) {
    }

    private final Map<String, ValueSet> valueSets = new HashMap<>();
    private final Map<String, CodeSystem> codeSystems = new HashMap<>();
    private final Map<CodeSystem, Map<String, CodeSystem.ConceptDefinitionComponent>> conceptsByCode = new java.util.IdentityHashMap<>();
    /** Each value set's codes, listed once however many questions name it. */
    private final Map<String, Object> offeredBy = new HashMap<>();

    /**
     * Terminology a form's {@code answerValueSet}s may name: the Questionnaire's contained
     * resources (by {@code #id}) and those the caller gives (by canonical URL, with or without a version).
     */
    AnswerWeights(Questionnaire questionnaire, List<? extends MetadataResource> given) {
        for (Resource contained : questionnaire.getContained()) {
            String id = contained.getIdElement().getIdPart();
            if (id == null) {
                continue;
            }
            if (contained instanceof ValueSet vs) {
                valueSets.put("#" + id.replaceFirst("^#", ""), vs);
                remember(vs);
            } else if (contained instanceof CodeSystem cs) {
                remember(cs);
            }
        }
        given.forEach(this::remember);
    }

    private void remember(MetadataResource r) {
        if (r.hasUrl() && r.getUrl() != null) {
            if (r instanceof ValueSet vs) {
                valueSets.put(r.getUrl(), vs);
                if (r.hasVersion() && r.getVersion() != null) {
                    valueSets.put(r.getUrl() + "|" + r.getVersion(), vs);
                }
            } else if (r instanceof CodeSystem cs) {
                codeSystems.put(r.getUrl(), cs);
            }
        }
    }

    /**
     * The weight an element carries: its {@code itemWeight} or {@code ordinalValue}, read exactly.
     *
     * @return the weight, or empty when it carries none
     * @throws IllegalArgumentException if it carries both with different values, or one that is not a number
     */
    static Optional<BigDecimal> weight(Element element) {
        BigDecimal found = null;
        for (Extension e : element.getExtension()) {
            Extension weight = e;
            if (R5_CONTAINS_PROPERTY.equals(e.getUrl()) && e.getExtensionByUrl("code") != null
                    && e.getExtensionByUrl("code").getValue() instanceof org.hl7.fhir.r4.model.PrimitiveType<?> code
                    && ("itemWeight".equals(code.getValueAsString()) || "ordinalValue".equals(code.getValueAsString()))) {
                weight = e.getExtensionByUrl("value");
                if (weight == null) {
                    throw new IllegalArgumentException("gives an " + code.getValueAsString() + " property without a value");
                }
            } else if (!ITEM_WEIGHT.equals(e.getUrl()) && !ORDINAL_VALUE.equals(e.getUrl())) {
                continue;
            }
            BigDecimal w = number(weight);
            if (found != null && found.compareTo(w) != 0) {
                throw new IllegalArgumentException("gives two different weights, " + found.toPlainString()
                        + " and " + w.toPlainString());
            }
            found = w;
        }
        return Optional.ofNullable(found);
    }

    private static BigDecimal number(Extension e) {
        if (e.getValue() instanceof DecimalType d && d.getValue() != null) {
            return d.getValue();
        }
        if (e.getValue() instanceof IntegerType i && i.getValue() != null) {
            return BigDecimal.valueOf(i.getValue());
        }
        throw new IllegalArgumentException("has a weight (itemWeight or ordinalValue) that is not a number"
                + " (valueDecimal or valueInteger)");
    }

    /**
     * The codes a value set offers, with their weights, for a choice question's {@code answerValueSet}.
     *
     * @return the codes, or empty when the value set is neither contained nor given
     */
    Optional<List<Offered>> offered(String canonical) {
        Object known = offeredBy.computeIfAbsent(canonical, c -> {
            try {
                return listed(c);
            } catch (IllegalArgumentException e) {
                return e;
            }
        });
        if (known instanceof IllegalArgumentException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
        @SuppressWarnings("unchecked")
        Optional<List<Offered>> codes = (Optional<List<Offered>>) known;
        return codes;
    }

    private Optional<List<Offered>> listed(String canonical) {
        ValueSet vs = valueSets.get(canonical);
        if (vs == null && canonical.contains("|")) {
            vs = valueSets.get(canonical.substring(0, canonical.indexOf('|')));
        }
        if (vs == null) {
            return Optional.empty();
        }
        List<Offered> codes = new ArrayList<>();
        if (vs.hasExpansion()) {
            List<ValueSet.ValueSetExpansionContainsComponent> contains = vs.getExpansion().getContains();
            for (int i = 0; i < contains.size(); i++) {
                ValueSet.ValueSetExpansionContainsComponent c = contains.get(i);
                Coding coding = new Coding(c.getSystem(), c.getCode(), c.getDisplay());
                codes.add(new Offered(coding, agreed(weight(c).orElse(null), systemWeight(c.getSystem(), c.getCode()),
                        c.getCode(), c.getSystem()),
                        "ValueSet.expansion.contains[" + i + "]"));
            }
            return Optional.of(List.copyOf(codes));
        }
        List<ValueSet.ConceptSetComponent> includes = vs.getCompose().getInclude();
        for (int i = 0; i < includes.size(); i++) {
            ValueSet.ConceptSetComponent include = includes.get(i);
            String system = include.getSystem();
            if (include.hasConcept()) {
                List<ValueSet.ConceptReferenceComponent> concepts = include.getConcept();
                for (int j = 0; j < concepts.size(); j++) {
                    ValueSet.ConceptReferenceComponent c = concepts.get(j);
                    codes.add(new Offered(new Coding(system, c.getCode(), c.getDisplay()),
                            agreed(weight(c).orElse(null), systemWeight(system, c.getCode()), c.getCode(), system),
                            "ValueSet.compose.include[" + i + "].concept[" + j + "]"));
                }
            } else if (system != null && codeSystems.containsKey(system) && !include.hasFilter()) {
                List<CodeSystem.ConceptDefinitionComponent> concepts = codeSystems.get(system).getConcept();
                for (int j = 0; j < concepts.size(); j++) {
                    CodeSystem.ConceptDefinitionComponent c = concepts.get(j);
                    codes.add(new Offered(new Coding(system, c.getCode(), c.getDisplay()), conceptWeight(c),
                            "CodeSystem.concept[" + j + "]"));
                }
            } else {
                throw new IllegalArgumentException("includes " + (system == null ? "another value set" : "code system " + org.ccmcoach.core.value.Problem.show(system))
                        + (include.hasFilter() ? " by a filter" : "") + ", which ccm cannot list: give the ValueSet an"
                        + " expansion, or pass the CodeSystem to toInstrument");
            }
        }
        return Optional.of(List.copyOf(codes));
    }

    /** The one weight of a code that the value set and its CodeSystem may both give, or null. */
    private static BigDecimal agreed(BigDecimal inValueSet, BigDecimal inCodeSystem, String code, String system) {
        if (inValueSet != null && inCodeSystem != null && inValueSet.compareTo(inCodeSystem) != 0) {
            throw new IllegalArgumentException("weighs code " + org.ccmcoach.core.value.Problem.show(code) + " " + inValueSet.stripTrailingZeros().toPlainString()
                    + " where its CodeSystem " + org.ccmcoach.core.value.Problem.show(system) + " weighs it " + inCodeSystem.stripTrailingZeros().toPlainString()
                    + ": one code, one weight");
        }
        return inValueSet != null ? inValueSet : inCodeSystem;
    }

    /** A code's weight in a given CodeSystem, or null: one lookup, so a value set of n codes costs n, not n². */
    private BigDecimal systemWeight(String system, String code) {
        CodeSystem cs = system == null ? null : codeSystems.get(system);
        if (cs == null || code == null) {
            return null;
        }
        CodeSystem.ConceptDefinitionComponent concept = conceptsByCode.computeIfAbsent(cs, AnswerWeights::byCode).get(code);
        return concept == null ? null : conceptWeight(concept);
    }

    /** A CodeSystem's top-level concepts by code, the first of a repeated code. */
    private static Map<String, CodeSystem.ConceptDefinitionComponent> byCode(CodeSystem cs) {
        Map<String, CodeSystem.ConceptDefinitionComponent> found = new HashMap<>();
        for (CodeSystem.ConceptDefinitionComponent c : cs.getConcept()) {
            if (c.getCode() != null) {
                found.putIfAbsent(c.getCode(), c);
            }
        }
        return found;
    }

    /** A concept's {@code itemWeight} property (SDC 4.0.0) or weight extension, or null. */
    private static BigDecimal conceptWeight(CodeSystem.ConceptDefinitionComponent c) {
        for (CodeSystem.ConceptPropertyComponent p : c.getProperty()) {
            if (("itemWeight".equals(p.getCode()) || "ordinalValue".equals(p.getCode()))) {
                if (p.getValue() instanceof DecimalType d && d.getValue() != null) {
                    return d.getValue();
                }
                if (p.getValue() instanceof IntegerType i && i.getValue() != null) {
                    return BigDecimal.valueOf(i.getValue());
                }
            }
        }
        return weight(c).orElse(null);
    }
}
