package org.ccmcoach.fhir.questionnaire;

import org.ccmcoach.fhir.FhirProblems;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.ccmcoach.assessment.Instrument;
import org.ccmcoach.assessment.InstrumentId;
import org.ccmcoach.assessment.Item;
import org.ccmcoach.assessment.LevelBand;
import org.ccmcoach.assessment.MissingDataPolicy;
import org.ccmcoach.assessment.OverallRule;
import org.ccmcoach.assessment.ResponseScale;
import org.ccmcoach.assessment.ScaleAnchor;
import org.ccmcoach.assessment.Subscale;
import org.ccmcoach.assessment.SubscaleRule;
import org.ccmcoach.core.Identifier;
import org.ccmcoach.core.value.CcmValidationException;
import org.ccmcoach.core.value.Problem;
import org.ccmcoach.fhir.Canonicals;
import org.ccmcoach.fhir.CcmFhirException;
import org.ccmcoach.core.value.Problem;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.PrimitiveType;
import org.hl7.fhir.r4.model.Questionnaire;
import org.hl7.fhir.r4.model.Questionnaire.QuestionnaireItemComponent;
import org.hl7.fhir.r4.model.Questionnaire.QuestionnaireItemType;
import org.hl7.fhir.r4.model.Type;

/** Reads one Questionnaire as an instrument, collecting every part that does not fit. */
final class QuestionnaireReader {

    /** The kind of answer the instrument's questions share, from the first question. */
    private record Scale(boolean integer, BigDecimal min, BigDecimal max, List<ScaleAnchor> anchors) {
    }

    private final Questionnaire questionnaire;
    private final List<Problem> problems = new ArrayList<>();
    private final List<Item> items = new ArrayList<>();
    private final Set<String> itemIds = new java.util.HashSet<>();
    private final Map<String, Set<String>> subscaleItems = new LinkedHashMap<>();
    private final List<Subscale.Builder> subscales = new ArrayList<>();
    private final Set<String> groups = new java.util.HashSet<>();
    private Scale scale;

    QuestionnaireReader(Questionnaire questionnaire) {
        this.questionnaire = questionnaire;
    }

    Instrument instrument() {
        Instrument.Builder b = Instrument.builder();
        text(idText(), "Questionnaire.url", "must be given, or an id: ccm names the instrument by the URL's last segment")
                .ifPresent(id -> {
                    if (Identifier.isValid(id)) {
                        b.id(InstrumentId.of(id));
                    } else {
                        problems.add(FhirProblems.of("Questionnaire.url", "must end in an instrument id: "
                                + Identifier.FORMAT_RULE, id));
                    }
                });
        text(questionnaire.getVersion(), "Questionnaire.version", "must be given: an instrument names its version")
                .ifPresent(b::version);
        text(questionnaire.hasTitle() ? questionnaire.getTitle() : questionnaire.getName(), "Questionnaire.title",
                "must be given (or a name)").ifPresent(b::title);
        text(questionnaire.hasDescription() ? questionnaire.getDescription() : questionnaire.getCopyright(),
                "Questionnaire.description", "must give where the instrument is published (or the copyright must)")
                .ifPresent(b::citation);
        readRules(b);
        List<QuestionnaireItemComponent> top = questionnaire.getItem();
        for (int i = 0; i < top.size(); i++) {
            readTopItem(top.get(i), "Questionnaire.item[" + i + "]");
        }
        subscaleItems.forEach((subscale, in) -> {
            if (!groups.contains(subscale)) {
                problems.add(FhirProblems.of("Questionnaire.item", "must hold a group for subscale " + subscale
                        + ", which items " + String.join(", ", in) + " count in (" + Canonicals.ALSO_IN_SUBSCALE + ")",
                        subscale));
            }
        });
        if ((subscales.isEmpty() || items.isEmpty()) && problems.isEmpty()) {
            problems.add(FhirProblems.of("Questionnaire.item", "must hold at least one group of questions: each group is a"
                    + " subscale, and an instrument has items"));
        }
        if (!problems.isEmpty()) {
            throw new CcmFhirException(what(), problems);
        }
        try {
            b.scale(ResponseScale.builder().min(scale.min().doubleValue()).max(scale.max().doubleValue())
                    .integer(scale.integer()).anchors(scale.anchors()).build());
            b.items(items);
            subscales.forEach(s -> b.addSubscales(s.build()));
            return b.build();
        } catch (CcmValidationException e) {
            for (Problem v : e.problems()) {
                problems.add(FhirProblems.of("Questionnaire", "as an instrument, " + v.location() + " "
                        + v.rule(), v.value().map(String::valueOf)));
            }
            throw new CcmFhirException(what(), problems);
        }
    }

    private String what() {
        return "Questionnaire" + (questionnaire.hasUrl() ? " " + questionnaire.getUrl() : "");
    }

    private String idText() {
        if (questionnaire.hasUrl()) {
            String url = questionnaire.getUrl().replaceAll("/+$", "");
            return url.substring(url.lastIndexOf('/') + 1);
        }
        return questionnaire.getIdElement().getIdPart();
    }

    private Optional<String> text(String value, String at, String rule) {
        if (value == null || value.isBlank()) {
            problems.add(FhirProblems.of(at, rule));
            return Optional.empty();
        }
        return Optional.of(value.strip());
    }

    private void readRules(Instrument.Builder b) {
        code(Canonicals.SUBSCALE_RULE, SubscaleRule.values()).ifPresent(b::subscaleRule);
        code(Canonicals.OVERALL_RULE, OverallRule.values()).ifPresent(b::overallRule);
        List<Extension> extensions = questionnaire.getExtension();
        for (int i = 0; i < extensions.size(); i++) {
            Extension e = extensions.get(i);
            String at = "Questionnaire.extension[" + i + "]";
            try {
                if (InstrumentQuestionnaires.LEVEL.equals(e.getUrl())) {
                    LevelBand.Builder band = LevelBand.builder().label(string(e, "label")).min(decimal(e, "min"))
                            .max(decimal(e, "max"));
                    optional(e, "description").ifPresent(band::description);
                    b.addLevels(band.build());
                } else if (InstrumentQuestionnaires.POLICY.equals(e.getUrl())) {
                    MissingDataPolicy.Builder policy = MissingDataPolicy.builder().name(string(e, "name"));
                    optional(e, "description").ifPresent(policy::description);
                    optional(e, "maxMissing").ifPresent(n -> policy.maxMissing(Integer.parseInt(n)));
                    optional(e, "maxMissingOverall").ifPresent(n -> policy.maxMissingOverall(Integer.parseInt(n)));
                    for (Extension by : e.getExtensionsByUrl("maxMissingBySubscale")) {
                        policy.putMaxMissingBySubscale(string(by, "subscale"), Integer.parseInt(string(by, "maxMissing")));
                    }
                    b.defaultPolicy(policy.build());
                }
            } catch (IllegalArgumentException | IllegalStateException e1) { // a part missing or not a number
                problems.add(FhirProblems.of(at, "must be a complete " + e.getUrl() + " extension: " + e1.getMessage()));
            } catch (CcmValidationException e1) {
                problems.add(FhirProblems.of(at, "must describe a valid " + e.getUrl() + ": " + e1.getMessage()));
            }
        }
    }

    private static String string(Extension parent, String url) {
        return optional(parent, url).orElseThrow(() -> new IllegalStateException("it has no " + url));
    }

    private static double decimal(Extension parent, String url) {
        return new BigDecimal(string(parent, url)).doubleValue();
    }

    private static Optional<String> optional(Extension parent, String url) {
        Extension e = parent.getExtensionByUrl(url);
        return e != null && e.getValue() instanceof PrimitiveType<?> p && p.getValue() != null
                ? Optional.of(p.getValueAsString()) : Optional.empty();
    }

    private <E extends Enum<E>> Optional<E> code(String url, E[] values) {
        Extension e = questionnaire.getExtensionByUrl(url);
        if (e == null) {
            return Optional.empty();
        }
        String value = e.getValue() instanceof PrimitiveType<?> p ? p.getValueAsString() : null;
        for (E v : values) {
            if (Canonicals.code(v).equals(value)) {
                return Optional.of(v);
            }
        }
        problems.add(FhirProblems.of("Questionnaire.extension('" + url + "')", "must be one of "
                + java.util.Arrays.stream(values).map(Canonicals::code).toList(),
                String.valueOf(value)));
        return Optional.empty();
    }

    private void readTopItem(QuestionnaireItemComponent item, String at) {
        QuestionnaireItemType type = item.getType();
        if (type == QuestionnaireItemType.DISPLAY) {
            return;
        }
        if (type != QuestionnaireItemType.GROUP) {
            problems.add(FhirProblems.of(at, "(linkId " + item.getLinkId() + ") must be within a group: every item of an"
                    + " instrument counts in a subscale, and a group is a subscale", String.valueOf(item.getLinkId())));
            return;
        }
        String id = item.getLinkId();
        if (id == null || !id.matches(Subscale.ID_FORMAT) || id.equals("overall")) {
            problems.add(FhirProblems.of(at + ".linkId", "a group's linkId is a subscale id and must be a lower-case key"
                    + " such as \"goal-setting\" (not \"overall\")", String.valueOf(id)));
            return;
        }
        Subscale.Builder subscale = Subscale.builder().id(id);
        text(item.getText(), at + ".text", "must be given (linkId " + id + "): it is the subscale's title")
                .ifPresent(subscale::title);
        InstrumentQuestionnaires.element(item).ifPresent(subscale::element);
        subscales.add(subscale);
        if (!groups.add(id)) {
            problems.add(FhirProblems.of(at + ".linkId", "must not repeat another group's linkId: a subscale is one group", id));
        }
        subscaleItems.computeIfAbsent(id, k -> new LinkedHashSet<>());
        List<QuestionnaireItemComponent> children = item.getItem();
        for (int i = 0; i < children.size(); i++) {
            readQuestion(children.get(i), at + ".item[" + i + "]", id);
        }
        subscale.items(subscaleItems.get(id));
    }

    private void readQuestion(QuestionnaireItemComponent item, String at, String subscale) {
        String linkId = item.getLinkId();
        String named = "(linkId " + linkId + ")";
        if (item.getType() == QuestionnaireItemType.DISPLAY) {
            return;
        }
        if (item.getType() == QuestionnaireItemType.GROUP) {
            problems.add(FhirProblems.of(at, named + " must not be a group within a group: a subscale holds questions"));
            return;
        }
        if (item.getType() != QuestionnaireItemType.INTEGER && item.getType() != QuestionnaireItemType.DECIMAL
                && item.getType() != QuestionnaireItemType.CHOICE) {
            problems.add(FhirProblems.of(at + ".type", named + " must be integer, decimal, or choice with scored options:"
                    + " ccm scores numeric answers on one scale", item.getType() == null ? "none" : item.getType().toCode()));
            return;
        }
        if (linkId == null || !linkId.matches(Item.ID_FORMAT)) {
            problems.add(FhirProblems.of(at + ".linkId", "a question's linkId is an item id and " + Item.ID_RULE,
                    String.valueOf(linkId)));
            return;
        }
        if (item.hasEnableWhen()) {
            problems.add(FhirProblems.of(at + ".enableWhen", named + " must not be conditional: an instrument asks every item,"
                    + " and scores would count a skipped item as missing"));
        }
        if (item.getRepeats()) {
            problems.add(FhirProblems.of(at + ".repeats", named + " must not repeat: an item has one answer"));
        }
        if (item.hasItem()) {
            problems.add(FhirProblems.of(at + ".item", named + " must not hold items: a question is answered, not grouped"));
        }
        Optional<Scale> own = scaleOf(item, at, named);
        if (own.isEmpty()) {
            return;
        }
        if (scale == null) {
            scale = own.get();
        } else if (scale.integer() != own.get().integer() || scale.min().compareTo(own.get().min()) != 0
                || scale.max().compareTo(own.get().max()) != 0) {
            problems.add(FhirProblems.of(at, named + " must be answered on the scale of the first question, "
                    + show(scale), show(own.get())));
            return;
        }
        boolean reverse = item.getExtensionsByUrl(Canonicals.REVERSE_CODED).stream()
                .anyMatch(e -> e.getValue() instanceof org.hl7.fhir.r4.model.BooleanType t && t.booleanValue());
        if (!itemIds.add(linkId)) { // a set: a hostile form may hold hundreds of thousands of questions
            problems.add(FhirProblems.of(at + ".linkId", "must not repeat another question's linkId", linkId));
            return;
        }
        Item.Builder built = Item.builder().id(linkId).reverseCoded(reverse);
        if (item.hasText() && !item.getText().equals("Item " + linkId)) {
            built.title(item.getText().length() > 120 ? item.getText().substring(0, 119) + "…" : item.getText());
        }
        Optional<Item> valid = valid(at, built::build);
        if (valid.isEmpty()) {
            return;
        }
        items.add(valid.get());
        subscaleItems.get(subscale).add(linkId);
        for (Extension also : item.getExtensionsByUrl(Canonicals.ALSO_IN_SUBSCALE)) {
            String other = also.getValue() instanceof PrimitiveType<?> p ? p.getValueAsString() : "";
            subscaleItems.computeIfAbsent(other, k -> new LinkedHashSet<>()).add(linkId);
        }
    }

    /** A value built from the resource, or a problem at its place naming the rule it breaks. */
    private <T> Optional<T> valid(String at, java.util.function.Supplier<T> build) {
        try {
            return Optional.of(build.get());
        } catch (CcmValidationException e) {
            for (Problem v : e.problems()) {
                problems.add(FhirProblems.of(at, "as " + v.location() + ", " + v.rule(),
                        v.value().map(String::valueOf)));
            }
        } catch (IllegalArgumentException e) { // a number that is not one
            problems.add(FhirProblems.of(at, "must be a number", String.valueOf(e.getMessage())));
        }
        return Optional.empty();
    }

    private static String show(Scale s) {
        return s.min().toPlainString() + ".." + s.max().toPlainString() + (s.integer() ? " in whole points" : "");
    }

    /** The question's scale: minValue and maxValue, else the range of its integer answer options. */
    private Optional<Scale> scaleOf(QuestionnaireItemComponent item, String at, String named) {
        if (item.getType() == QuestionnaireItemType.CHOICE) {
            return choiceScale(item, at, named);
        }
        boolean integer = item.getType() == QuestionnaireItemType.INTEGER;
        Optional<BigDecimal> min = bound(item, InstrumentQuestionnaires.MIN_VALUE);
        Optional<BigDecimal> max = bound(item, InstrumentQuestionnaires.MAX_VALUE);
        List<ScaleAnchor> anchors = new ArrayList<>();
        List<BigDecimal> options = new ArrayList<>();
        for (Questionnaire.QuestionnaireItemAnswerOptionComponent option : item.getAnswerOption()) {
            if (option.getValue() instanceof IntegerType v && v.getValue() != null) {
                options.add(BigDecimal.valueOf(v.getValue()));
                Extension label = option.getExtensionByUrl(Canonicals.ANCHOR_LABEL);
                if (label != null && label.getValue() instanceof PrimitiveType<?> p && p.getValue() != null) {
                    valid(at + ".answerOption", () -> ScaleAnchor.of(v.getValue(), p.getValueAsString())).ifPresent(anchors::add);
                }
            } else {
                problems.add(FhirProblems.of(at + ".answerOption", named + " must offer integer answer options only"));
                return Optional.empty();
            }
        }
        for (Extension e : item.getExtensionsByUrl(Canonicals.SCALE_POINT)) {
            Extension value = e.getExtensionByUrl("value");
            Extension label = e.getExtensionByUrl("label");
            if (value != null && label != null && value.getValue() instanceof PrimitiveType<?> v
                    && label.getValue() instanceof PrimitiveType<?> l && v.getValue() != null && l.getValue() != null) {
                valid(at + ".extension", () -> ScaleAnchor.of(Double.parseDouble(v.getValueAsString()), l.getValueAsString()))
                        .ifPresent(anchors::add);
            }
        }
        if (min.isEmpty() && !options.isEmpty()) {
            min = options.stream().min(BigDecimal::compareTo);
        }
        if (max.isEmpty() && !options.isEmpty()) {
            max = options.stream().max(BigDecimal::compareTo);
        }
        if (min.isEmpty() || max.isEmpty()) {
            problems.add(FhirProblems.of(at, named + " must bound its answers with the minValue and maxValue extensions"
                    + " or integer answer options: ccm scores answers on a known scale"));
            return Optional.empty();
        }
        return Optional.of(new Scale(integer, min.get(), max.get(), List.copyOf(anchors)));
    }

    /** A choice question's scale: every option a Coding scored by ordinalValue, labelled by its display. */
    private Optional<Scale> choiceScale(QuestionnaireItemComponent item, String at, String named) {
        List<BigDecimal> scores = new ArrayList<>();
        List<ScaleAnchor> anchors = new ArrayList<>();
        List<Questionnaire.QuestionnaireItemAnswerOptionComponent> options = item.getAnswerOption();
        for (int i = 0; i < options.size(); i++) {
            Questionnaire.QuestionnaireItemAnswerOptionComponent option = options.get(i);
            Optional<BigDecimal> score = option.getValue() instanceof org.hl7.fhir.r4.model.Coding c
                    ? InstrumentQuestionnaires.ordinal(c).or(() -> InstrumentQuestionnaires.ordinal(option)) : Optional.empty();
            if (score.isEmpty()) {
                problems.add(FhirProblems.of(at + ".answerOption[" + i + "]", named + " must be a Coding scored by the"
                        + " ordinalValue extension (" + InstrumentQuestionnaires.ORDINAL_VALUE + "): ccm scores numbers"));
                return Optional.empty();
            }
            scores.add(score.get());
            if (option.getValue() instanceof org.hl7.fhir.r4.model.Coding c && c.hasDisplay() && !c.getDisplay().isBlank()
                    && c.getDisplay().length() <= 100 && anchors.stream().noneMatch(a -> a.value() == score.get().doubleValue())) {
                valid(at + ".answerOption[" + i + "]", () -> ScaleAnchor.of(score.get().doubleValue(), c.getDisplay().strip()))
                        .ifPresent(anchors::add);
            }
        }
        if (scores.size() < 2) {
            problems.add(FhirProblems.of(at + ".answerOption", named + " must offer at least two scored options"));
            return Optional.empty();
        }
        boolean integer = scores.stream().allMatch(v -> v.stripTrailingZeros().scale() <= 0);
        anchors.sort(java.util.Comparator.comparingDouble(ScaleAnchor::value));
        return Optional.of(new Scale(integer, scores.stream().min(BigDecimal::compareTo).orElseThrow(),
                scores.stream().max(BigDecimal::compareTo).orElseThrow(), List.copyOf(anchors)));
    }

    private static Optional<BigDecimal> bound(QuestionnaireItemComponent item, String url) {
        Extension e = item.getExtensionByUrl(url);
        Type value = e == null ? null : e.getValue();
        if (value instanceof IntegerType i && i.getValue() != null) {
            return Optional.of(BigDecimal.valueOf(i.getValue()));
        }
        if (value instanceof org.hl7.fhir.r4.model.DecimalType d && d.getValue() != null) {
            return Optional.of(d.getValue());
        }
        return Optional.empty();
    }
}
