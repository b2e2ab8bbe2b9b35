package org.ccmcoach.fhir.it;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.IParser;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Resource;

/**
 * FHIR's REST API over HTTP: the JDK's HTTP client and HAPI's R4 JSON parser (ccm-fhir's HAPI,
 * 8.12.1). HAPI's own client, hapi-fhir-client, is not served at 8.10 or newer to this build, and
 * 8.8.0 beside ccm-fhir's 8.12.1 would mix two HAPI versions in one JVM; the requests are few and
 * plain (PUT, POST, GET, following {@code next} links), so they are written out here.
 */
final class FhirHttp {

    private static final String FHIR_JSON = "application/fhir+json";

    private final URI base;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final IParser parser = FhirContext.forR4Cached().newJsonParser();

    FhirHttp(URI base) {
        this.base = base;
    }

    /** An answer: its status and body, the body parsed where it is a resource. */
    record Answer(int status, String body) {

        boolean ok() {
            return status >= 200 && status < 300;
        }
    }

    /** PUT {@code [base]/Type/id}. */
    Answer put(Resource resource) {
        String path = resource.fhirType() + "/" + resource.getIdElement().getIdPart();
        return send(HttpRequest.newBuilder(URI.create(base + "/" + path)).header("Content-Type", FHIR_JSON)
                .PUT(HttpRequest.BodyPublishers.ofString(parser.encodeResourceToString(resource))));
    }

    /** POST {@code [base]/Type} (create) or, for a transaction Bundle, POST {@code [base]}. */
    Answer post(Resource resource) {
        boolean transaction = resource instanceof Bundle b && b.getType() == Bundle.BundleType.TRANSACTION;
        URI to = transaction ? base : URI.create(base + "/" + resource.fhirType());
        return send(HttpRequest.newBuilder(to).header("Content-Type", FHIR_JSON)
                .POST(HttpRequest.BodyPublishers.ofString(parser.encodeResourceToString(resource))));
    }

    /** GET {@code [base]/query}, such as {@code Observation?code=...}. */
    Answer get(String query) {
        return get(URI.create(base + "/" + query));
    }

    Answer get(URI uri) {
        return send(HttpRequest.newBuilder(uri).GET());
    }

    <T extends Resource> T parse(Answer answer, Class<T> type) {
        if (!answer.ok()) {
            throw new AssertionError("the server answered HTTP " + answer.status() + ": " + answer.body());
        }
        return parser.parseResource(type, answer.body());
    }

    /** A search and every page after it, by the server's {@code next} links. */
    List<Bundle> search(String query) {
        List<Bundle> pages = new ArrayList<>();
        Bundle page = parse(get(query), Bundle.class);
        pages.add(page);
        while (page.getLink(Bundle.LINK_NEXT) != null) {
            if (pages.size() > 100) {
                throw new AssertionError("more than 100 pages of " + query + ": the next links do not end");
            }
            page = parse(get(URI.create(page.getLink(Bundle.LINK_NEXT).getUrl())), Bundle.class);
            pages.add(page);
        }
        return pages;
    }

    private Answer send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> r = http.send(request.timeout(Duration.ofSeconds(120))
                    .header("Accept", FHIR_JSON).build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(r.statusCode(), r.body());
        } catch (IOException e) {
            throw new AssertionError("no answer from the server at " + base + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }
}
