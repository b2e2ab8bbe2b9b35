package org.ccmcoach.fhir;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.fhirpath.IFhirPath;
import ca.uhn.fhir.parser.DataFormatException;
import ca.uhn.fhir.parser.StrictErrorHandler;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hl7.fhir.r4.model.Base;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.ElementDefinition;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.StructureDefinition;

/**
 * Checks resources against the base FHIR R4 specification with HAPI FHIR, not with ccm's code:
 * (0) the resource's JSON parses with HAPI's strict parser ({@link StrictErrorHandler});
 * (1) HAPI's {@link FhirValidator} against the R4 XML schemas (structure, cardinality, types,
 * value formats), from hapi-fhir-validation-resources-r4; (2) every error-level invariant of the
 * base StructureDefinitions shipped in the same jar (que-2 unique linkIds, obs-6 no value with a
 * dataAbsentReason, bdl-7 unique fullUrls, …), evaluated by HAPI's FHIRPath engine on the elements
 * they constrain. HAPI's profile validator (hapi-fhir-validation) would do both, but is not served to
 * this build; the few invariants that need {@code %resource} (bdl-3, bdl-4: batch requests) are
 * not evaluated, as ccm writes no batch.
 */
public final class R4Conformance {

    private static final FhirContext CONTEXT = FhirJson.context();
    private static final FhirValidator SCHEMA = schemaValidator();
    private static final Map<String, StructureDefinition> PROFILES = profiles();
    private static final IFhirPath FHIRPATH = CONTEXT.newFhirPath();

    private R4Conformance() {
    }

    private static FhirValidator schemaValidator() {
        FhirValidator validator = CONTEXT.newValidator();
        validator.setValidateAgainstStandardSchema(true);
        validator.setValidateAgainstStandardSchematron(false);
        return validator;
    }

    private static Map<String, StructureDefinition> profiles() {
        try (InputStream in = R4Conformance.class.getClassLoader()
                .getResourceAsStream("org/hl7/fhir/r4/model/profile/profiles-resources.xml")) {
            Bundle bundle = CONTEXT.newXmlParser().parseResource(Bundle.class, in);
            Map<String, StructureDefinition> byType = new HashMap<>();
            for (Bundle.BundleEntryComponent e : bundle.getEntry()) {
                if (e.getResource() instanceof StructureDefinition sd) {
                    byType.put(sd.getType(), sd);
                }
            }
            return byType;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Every way a resource breaks the base R4 specification, empty when it conforms.
     *
     * @param resource  the resource
     * @return the problems, each naming its source (schema or invariant key)
     */
    public static List<String> problems(Resource resource) {
        List<String> found = new ArrayList<>();
        try {
            CONTEXT.newJsonParser().setParserErrorHandler(new StrictErrorHandler())
                    .parseResource(resource.getClass(), CONTEXT.newJsonParser().encodeResourceToString(resource));
        } catch (DataFormatException e) { // HAPI refuses to encode, or its strict parser to read back
            found.add("strict parser: " + e.getMessage());
            return found;
        }
        SCHEMA.validateWithResult(resource).getMessages().stream()
                .filter(m -> m.getSeverity() == ResultSeverityEnum.ERROR || m.getSeverity() == ResultSeverityEnum.FATAL)
                .forEach(m -> found.add("schema: " + m.getMessage()));
        invariants(resource, found);
        return found;
    }

    private static void invariants(Resource resource, List<String> found) {
        StructureDefinition sd = PROFILES.get(resource.fhirType());
        if (sd == null) {
            found.add("no base profile for " + resource.fhirType());
            return;
        }
        for (ElementDefinition element : sd.getSnapshot().getElement()) {
            for (ElementDefinition.ElementDefinitionConstraintComponent c : element.getConstraint()) {
                String key = c.getKey();
                if (c.getSeverity() != ElementDefinition.ConstraintSeverity.ERROR || key.startsWith("ele-")
                        || key.startsWith("ext-") || key.startsWith("dom-") || c.getExpression().contains("%resource")) {
                    continue; // ele/ext apply to every element; dom-* to narratives and contained resources
                }
                for (Base node : nodes(resource, element.getPath())) {
                    List<BooleanType> result = FHIRPATH.evaluate(node, c.getExpression(), BooleanType.class);
                    if (!result.isEmpty() && !result.get(0).booleanValue()) {
                        found.add(key + " at " + element.getPath() + ": " + c.getHuman());
                    }
                }
            }
        }
        if (resource instanceof Bundle bundle) {
            bundle.getEntry().stream().filter(Bundle.BundleEntryComponent::hasResource)
                    .forEach(e -> invariants(e.getResource(), found));
        }
    }

    /** The elements at a profile path; questions nest, so an item path takes every depth. */
    private static List<Base> nodes(Resource resource, String path) {
        String rest = path.substring(resource.fhirType().length()).replace("[x]", "");
        if (rest.isEmpty()) {
            return List.of(resource);
        }
        rest = rest.substring(1);
        if (rest.startsWith("item") && resource.fhirType().equals("Questionnaire")) {
            rest = "repeat(item)" + rest.substring(4);
        } else if (rest.startsWith("item") && resource.fhirType().equals("QuestionnaireResponse")) {
            rest = "repeat(item | answer.item)" + rest.substring(4);
        }
        return FHIRPATH.evaluate(resource, rest, Base.class);
    }
}
