// A first look at ccm: the six elements of the Chronic Care Model with their change concepts,
// and a practice written to JSON and read back.   Run: bin/ccm-shell examples/hello.jsh

for (CcmElement element : CcmElement.values()) {
    System.out.printf("%s  (also: %s)%n", element.displayName(),
            element.alternativeNames().isEmpty() ? "-" : String.join("; ", element.alternativeNames()));
    for (ChangeConcept concept : element.changeConcepts()) {
        System.out.printf("  %d. %s%s%n", concept.number(), concept.title(), concept.addedIn2003() ? "  [2003]" : "");
    }
}

System.out.println();
System.out.println("fromName(\"community linkages\") = " + CcmElement.fromName("community linkages"));

Practice practice = Practice.builder()
        .id(PracticeId.of("p-17"))
        .name("Riverside Family Medicine, Team Blue")
        .organization("Riverside Community Health")
        .location(GeoPoint.of(45.5231, -122.6765))
        .panelSize(2400)
        .clinicianCount(4)
        .putAttributes("fqhc", "yes")
        .build();

String json = CcmJson.toPrettyJson(practice);
Practice back = CcmJson.parse(json, Practice.class);
System.out.println();
System.out.println(json);
System.out.println("read back: " + back);
System.out.println("equal after the round trip: " + back.equals(practice));
if (!back.equals(practice)) {
    throw new AssertionError("the JSON round trip changed the practice");
}

// A bad document fails with the JSON Pointer, line and column of the offending value.
try {
    CcmJson.parse("{\"id\": \"\", \"name\": \"A\", \"organization\": \"B\"}", Practice.class);
    throw new AssertionError("an empty id was accepted");
} catch (CcmJsonException e) {
    System.out.println();
    System.out.println("pointer " + e.pointer() + ": " + e.getMessage());
}
