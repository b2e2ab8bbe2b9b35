package org.ccmcoach.fuzz.hostile;

import java.util.Map;
import org.ccmcoach.fhir.FhirJson;
import org.ccmcoach.json.CcmJson;
import org.ccmcoach.json.CcmJsonException;
import org.ccmcoach.json.JsonLines;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.joda.money.Money;

/**
 * What held against issue 33's probe, kept so: each must still end in ccm's exception, at the place
 * the probe names.
 */
final class HeldProbes {

    private HeldProbes() {
    }

    /** A repeated property, which HAPI's parser would let the last copy win. */
    @Probe(seconds = 10)
    static String fhirRepeatedProperty() {
        FhirJson.parse("{\"resourceType\":\"QuestionnaireResponse\",\"status\":\"completed\",\"status\":\"amended\"}",
                QuestionnaireResponse.class);
        throw new AssertionError("a repeated status was read");
    }

    /** A number of 100,000 digits, refused before HAPI's parser makes a BigDecimal of it. */
    @Probe(seconds = 10)
    static String fhirNumberOfManyDigits() {
        FhirJson.parse("{\"resourceType\":\"QuestionnaireResponse\",\"status\":\"completed\",\"item\":[{\"linkId\":\"a\","
                + "\"answer\":[{\"valueDecimal\":1." + "1".repeat(100_000) + "}]}]}", QuestionnaireResponse.class);
        throw new AssertionError("a 100,000-digit decimal was read");
    }

    /** Arrays nested a million deep, refused at the depth limit without a stack overflow. */
    @Probe(seconds = 10)
    static String fhirDeepNesting() {
        FhirJson.parse("{\"resourceType\":\"QuestionnaireResponse\",\"item\":" + "[".repeat(1_000_000) + "]}",
                QuestionnaireResponse.class);
        throw new AssertionError("a million-deep document was read");
    }

    /** An amount of 40 digits, longer than any money ccm reads. */
    @Probe(seconds = 5)
    static String moneyOfFortyDigits() {
        CcmJson.parse("\"USD " + "9".repeat(40) + "\"", Money.class);
        throw new AssertionError("a 40-digit amount was read");
    }

    /** Lines ended by CR, CR LF and LF in one file: the bad third line is named as line 3. */
    @Probe(seconds = 5)
    static String jsonLinesLineNumbers() {
        try {
            JsonLines.parse("{\"a\":1}\r{\"b\":2}\r\n{\"c\":\n{\"d\":4}\n", Map.class);
        } catch (CcmJsonException e) {
            if (!e.getMessage().contains("line 3")) {
                throw new AssertionError("the third line's fault was not named as line 3: " + e.getMessage());
            }
            throw e;
        }
        throw new AssertionError("a broken third line was read");
    }
}
