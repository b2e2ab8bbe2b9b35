package org.ccmcoach.fhir.questionnaire;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
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
import org.ccmcoach.fhir.FhirProblems;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DecimalType;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.MetadataResource;
import org.hl7.fhir.r4.model.PrimitiveType;
import org.hl7.fhir.r4.model.Questionnaire;
import org.hl7.fhir.r4.model.Questionnaire.QuestionnaireItemAnswerOptionComponent;
import org.hl7.fhir.r4.model.Questionnaire.QuestionnaireItemComponent;
import org.hl7.fhir.r4.model.Questionnaire.QuestionnaireItemType;
import org.hl7.fhir.r4.model.Type;

/** Reads one Questionnaire as an instrument, collecting every part that does not fit. */
final class QuestionnaireReader {

    /** A question's total as the form computes it. */
    private record Calculated(String linkId, String at, String expression, Map<String, String> variables) {
    }

    /** The version given to an instrument whose Questionnaire has none: ccm's choice of word. */
    static final String UNVERSIONED = "unversioned";

    private final Questionnaire questionnaire;
    private final Optional<OverallRule> givenRule;
    private final ChoiceScales choices;
    private final List<Problem> problems = new ArrayList<>();
    private final Map<String, Item> items = new LinkedHashMap<>();
    private final Map<String, Set<String>> subscaleItems = new LinkedHashMap<>();
    private final Map<String, Subscale.Builder> subscales = new LinkedHashMap<>();
    private final Set<String> unscored = new LinkedHashSet<>();
    private final List<Calculated> calculated = new ArrayList<>();
    private Optional<ScoreExpressions.Sum> statedSum = Optional.empty();
    /** The scale the scored questions share, from the first. */
    private QuestionScale scale;
    /** Whether ccm wrote the form (it states ccm's rules): only then are its groups subscales. */
    private final boolean ccmForm;
    /** Whether the form has groups at its top level: in ccm's forms, then every question is in one. */
    private final boolean grouped;

    QuestionnaireReader(Questionnaire questionnaire, Optional<OverallRule> givenRule, List<? extends MetadataResource> terminology) {
        this.questionnaire = questionnaire;
        this.givenRule = givenRule;
        this.choices = new ChoiceScales(questionnaire, terminology, problems);
        this.ccmForm = questionnaire.getExtensionByUrl(Canonicals.OVERALL_RULE) != null
                || questionnaire.getExtensionByUrl(Canonicals.SUBSCALE_RULE) != null;
        this.grouped = questionnaire.getItem().stream().anyMatch(i -> i.getType() == QuestionnaireItemType.GROUP);
    }

    Instrument instrument() {
        Instrument.Builder b = Instrument.builder();
        identity(b);
        Optional<SubscaleRule> subscaleRule = code(Canonicals.SUBSCALE_RULE, SubscaleRule.values());
        Optional<OverallRule> statedRule = code(Canonicals.OVERALL_RULE, OverallRule.values());
        readExtensions(b);
        findCalculated(questionnaire.getItem(), "Questionnaire.item", ScoreExpressions.variables(questionnaire.getExtension()));
        OverallRule rule = rule(statedRule);
        b.overallRule(rule);
        b.subscaleRule(subscaleRule.orElse(rule == OverallRule.SUM_OF_ITEMS ? SubscaleRule.SUM : SubscaleRule.MEAN));
        readItems(questionnaire.getItem(), "Questionnaire.item", null);
        statedSum.flatMap(ScoreExpressions.Sum::summed).ifPresent(summed -> summed.stream()
                .filter(id -> !items.containsKey(id)).forEach(id -> problems.add(FhirProblems.of("Questionnaire.item",
                        "must hold a scored question " + Problem.show(id) + ", which the form's total sums: a choice scores by its"
                        + " options' weights (itemWeight or ordinalValue)", id))));
        subscaleItems.forEach((subscale, in) -> {
            if (!subscales.containsKey(subscale)) {
                problems.add(FhirProblems.of("Questionnaire.item", "must hold a group for subscale " + subscale
                        + ", which items " + String.join(", ", in) + " count in (" + Canonicals.ALSO_IN_SUBSCALE + ")",
                        subscale));
            }
        });
        if (items.isEmpty() && statedSum.flatMap(ScoreExpressions.Sum::summed).isEmpty()
                && problems.stream().noneMatch(p -> p.location().toString().startsWith("Questionnaire.item["))) {
            problems.add(FhirProblems.of("Questionnaire.item", "must hold at least one scored question: an integer or"
                    + " decimal question, or a choice whose options carry weights (add the itemWeight extension,"
                    + " " + AnswerWeights.ITEM_WEIGHT + ", to each scored option)"));
        }
        if (!problems.isEmpty()) {
            throw new CcmFhirException(what(), problems);
        }
        try {
            b.scale(ResponseScale.builder().min(scale.min().doubleValue()).max(scale.max().doubleValue())
                    .integer(scale.integer()).anchors(scale.anchors()).codes(choices.codes()).build());
            b.items(items.values());
            subscales.forEach((id, s) -> b.addSubscales(s.items(subscaleItems.get(id)).build()));
            b.unscoredQuestions(unscored);
            return b.build();
        } catch (CcmValidationException e) {
            for (Problem v : e.problems()) {
                problems.add(FhirProblems.of("Questionnaire", "as an instrument, " + v.location() + " "
                        + v.rule(), v.value().map(String::valueOf)));
            }
            throw new CcmFhirException(what(), problems);
        }
    }

    private static org.ccmcoach.assessment.StandardCode standard(Coding c) {
        org.ccmcoach.assessment.StandardCode.Builder code = org.ccmcoach.assessment.StandardCode.builder()
                .system(c.getSystem()).code(c.getCode());
        if (c.hasDisplay()) {
            code.display(c.getDisplay());
        }
        return code.build();
    }

    private String what() {
        return "Questionnaire" + value(questionnaire.getUrlElement()).map(u -> " " + u).orElse("");
    }

    /**
     * The instrument's id, version, title and citation. Forms from elsewhere often lack some: the id
     * falls back from the URL's last segment to the resource id and then the form's first code (a
     * LOINC panel code such as 44249-1); a form without a version is {@value #UNVERSIONED}; the
     * citation falls back from the description to the copyright, the publisher and the form's title.
     */
    private void identity(Instrument.Builder b) {
        Optional<String> url = value(questionnaire.getUrlElement()).map(u -> u.replaceAll("/+$", ""))
                .map(u -> u.substring(u.lastIndexOf('/') + 1)).filter(s -> !s.isBlank());
        Optional<String> id = url.or(() -> Optional.ofNullable(questionnaire.getIdElement().getIdPart()))
                .or(() -> questionnaire.getCode().stream().map(Coding::getCode).filter(c -> c != null && !c.isBlank()).findFirst());
        if (id.isEmpty()) {
            problems.add(FhirProblems.of("Questionnaire.url", "must be given, or an id or a code: ccm names the instrument"
                    + " by the URL's last segment"));
        } else if (Identifier.isValid(id.get())) {
            b.id(InstrumentId.of(id.get()));
        } else {
            problems.add(FhirProblems.of(url.isPresent() ? "Questionnaire.url" : "Questionnaire.id", "must end in an instrument id: "
                    + Identifier.FORMAT_RULE, id.get()));
        }
        b.version(value(questionnaire.getVersionElement()).orElse(UNVERSIONED));
        if (ccmForm) { // the instrument's and its overall score's standard codes, as ccm writes them
            questionnaire.getCode().stream().filter(c -> c.hasSystem() && c.hasCode()).findFirst().ifPresent(c -> b.code(standard(c)));
            if (questionnaire.getExtensionByUrl(Canonicals.OVERALL_CODE) != null
                    && questionnaire.getExtensionByUrl(Canonicals.OVERALL_CODE).getValue() instanceof Coding c && c.hasSystem() && c.hasCode()) {
                b.overallCode(standard(c));
            }
            if (questionnaire.getExtensionByUrl(Canonicals.BETTER) != null
                    && questionnaire.getExtensionByUrl(Canonicals.BETTER).getValue() instanceof org.hl7.fhir.r4.model.CodeType better) {
                java.util.Arrays.stream(org.ccmcoach.core.coaching.Better.values())
                        .filter(v -> v.name().equalsIgnoreCase(better.getValue())).findFirst().ifPresentOrElse(b::better,
                                () -> problems.add(FhirProblems.of("Questionnaire.extension", "must say higher or lower ("
                                        + Canonicals.BETTER + ")", better.getValue())));
            }
            questionnaire.getExtensionsByUrl(Canonicals.UNSCORED_QUESTION).stream()
                    .filter(e -> e.getValue() instanceof org.hl7.fhir.r4.model.StringType t && t.getValue() != null)
                    .forEach(e -> unscored.add(((org.hl7.fhir.r4.model.StringType) e.getValue()).getValue()));
        }
        Optional<String> title = value(questionnaire.getTitleElement()).or(() -> value(questionnaire.getNameElement()));
        if (title.isEmpty()) {
            problems.add(FhirProblems.of("Questionnaire.title", "must be given (or a name)"));
        } else {
            b.title(title.get());
        }
        value(questionnaire.getDescriptionElement()).or(() -> value(questionnaire.getCopyrightElement()))
                .or(() -> value(questionnaire.getPublisherElement()).map(p -> "Published by " + p))
                .or(() -> title.map(t -> "FHIR Questionnaire \"" + t + "\"")).ifPresent(b::citation);
    }

    /** A primitive's text, if it has one: R4 lets a primitive carry only an extension, and then it has none. */
    static Optional<String> value(PrimitiveType<?> primitive) {
        return primitive == null || primitive.getValue() == null || primitive.getValueAsString() == null
                || primitive.getValueAsString().isBlank() ? Optional.empty() : Optional.of(primitive.getValueAsString().strip());
    }

    /**
     * The overall rule: the caller's, else ccm's extension, else the sum a calculatedExpression
     * states; a form that states none is refused rather than scored by a guess.
     */
    private OverallRule rule(Optional<OverallRule> stated) {
        if (givenRule.isPresent()) {
            return givenRule.get();
        }
        if (stated.isPresent()) {
            return stated.get();
        }
        for (Calculated c : calculated) {
            Optional<ScoreExpressions.Sum> sum = ScoreExpressions.read(c.expression(), c.variables());
            if (sum.isPresent()) {
                statedSum = sum;
                return OverallRule.SUM_OF_ITEMS;
            }
        }
        if (calculated.isEmpty()) {
            problems.add(FhirProblems.of("Questionnaire", "states no scoring rule, and ccm does not guess one: give it, such"
                    + " as InstrumentQuestionnaires.toInstrument(form, OverallRule.SUM_OF_ITEMS) for a total"));
        } else {
            Calculated c = calculated.get(0);
            problems.add(FhirProblems.of(c.at() + ".extension('" + ScoreExpressions.CALCULATED + "')", "(linkId " + c.linkId()
                    + ") states the form's score in an expression ccm does not read as a sum of answer weights: give the"
                    + " rule, such as InstrumentQuestionnaires.toInstrument(form, OverallRule.SUM_OF_ITEMS)",
                    c.expression().length() > 200 ? c.expression().substring(0, 199) + "…" : c.expression()));
        }
        return OverallRule.NONE;
    }

    private void findCalculated(List<QuestionnaireItemComponent> list, String at, Map<String, String> inScope) {
        for (int i = 0; i < list.size(); i++) {
            QuestionnaireItemComponent item = list.get(i);
            Map<String, String> own = ScoreExpressions.variables(item.getExtension());
            // A copy only where the item declares variables: a copy for each of n items under m
            // variables of the form would cost n × m.
            Map<String, String> variables = own.isEmpty() ? inScope : new HashMap<>(inScope);
            variables.putAll(own);
            String here = at + "[" + i + "]";
            ScoreExpressions.calculated(item).ifPresent(x -> calculated.add(new Calculated(
                    value(item.getLinkIdElement()).orElse("?"), here, x, variables)));
            findCalculated(item.getItem(), here + ".item", variables);
        }
    }

    private void readExtensions(Instrument.Builder b) {
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
                    optional(e, "prorated").ifPresent(v -> policy.prorated(Boolean.parseBoolean(v)));
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
        return e != null && e.getValue() instanceof PrimitiveType<?> p ? value(p) : Optional.empty();
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
                + Arrays.stream(values).map(Canonicals::code).toList(), String.valueOf(value)));
        return Optional.empty();
    }

    /**
     * Reads a list of items. In a form ccm wrote (it states ccm's scoring rules), a group whose
     * linkId is a subscale id (a lower-case key such as {@code goal-setting}) is a subscale; every
     * other group ({@code H1/T1}, {@code /44249-1}, any group of a form from elsewhere) only lays the
     * form out, and its questions are read as if it were not there.
     */
    private void readItems(List<QuestionnaireItemComponent> list, String at, String subscale) {
        for (int i = 0; i < list.size(); i++) {
            QuestionnaireItemComponent item = list.get(i);
            String here = at + "[" + i + "]";
            if (item.getType() == QuestionnaireItemType.DISPLAY) {
                continue;
            }
            if (item.getType() == QuestionnaireItemType.GROUP) {
                group(item, here, subscale);
            } else {
                question(item, here, subscale);
            }
        }
    }

    private void group(QuestionnaireItemComponent item, String at, String subscale) {
        Optional<String> linkId = value(item.getLinkIdElement());
        if (subscale != null && ccmForm) {
            problems.add(FhirProblems.of(at, "(linkId " + Problem.show(linkId.orElse("none")) + ") must not be a group within subscale "
                    + subscale + ": a subscale holds questions"));
            return;
        }
        if (!ccmForm || linkId.isEmpty() || !linkId.get().matches(Subscale.ID_FORMAT) || linkId.get().equals("overall")) {
            readItems(item.getItem(), at + ".item", null);
            return;
        }
        String id = linkId.get();
        if (subscales.containsKey(id)) {
            problems.add(FhirProblems.of(at + ".linkId", "must not repeat another group's linkId: a subscale is one group", id));
            return;
        }
        Subscale.Builder built = Subscale.builder().id(id).title(value(item.getTextElement()).orElse(id));
        InstrumentQuestionnaires.element(item).ifPresent(built::element);
        subscales.put(id, built);
        subscaleItems.computeIfAbsent(id, k -> new LinkedHashSet<>());
        readItems(item.getItem(), at + ".item", id);
    }

    private void question(QuestionnaireItemComponent item, String at, String subscale) {
        Optional<String> read = value(item.getLinkIdElement());
        if (read.isEmpty()) {
            problems.add(FhirProblems.of(at + ".linkId", "must be given: it names the question"));
            return;
        }
        String linkId = read.get();
        String named = "(linkId " + linkId + ")";
        if (!linkId.matches(Item.ID_FORMAT)) {
            problems.add(FhirProblems.of(at + ".linkId", "a question's linkId is an item id and " + Item.ID_RULE, linkId));
            return;
        }
        if (items.containsKey(linkId) || unscored.contains(linkId)) {
            problems.add(FhirProblems.of(at + ".linkId", "must not repeat another question's linkId", linkId));
            return;
        }
        if (ccmForm && subscale == null && grouped) {
            problems.add(FhirProblems.of(at, named + " must be within a group: every item of an instrument counts in a"
                    + " subscale, and a group is a subscale", linkId));
            return;
        }
        QuestionnaireItemType type = item.getType();
        if (ccmForm && type != QuestionnaireItemType.INTEGER && type != QuestionnaireItemType.DECIMAL
                && type != QuestionnaireItemType.CHOICE) { // ccm writes no other question: the form was changed
            problems.add(FhirProblems.of(at + ".type", named + " must be integer, decimal, or choice with scored options:"
                    + " ccm scores numeric answers on one scale", type == null ? "none" : type.toCode()));
            return;
        }
        if (!scored(item)) {
            unscored(item);
            return;
        }
        Optional<QuestionScale> own = scaleOf(item, at, named);
        if (own.isEmpty()) {
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
        if (scale == null) {
            scale = own.get();
        } else if (!scale.sameAs(own.get())) {
            problems.add(FhirProblems.of(at, named + " must be answered on the scale of the first question, "
                    + scale, own.get().toString()));
            return;
        }
        boolean reverse = item.getExtensionsByUrl(Canonicals.REVERSE_CODED).stream()
                .anyMatch(e -> e.getValue() instanceof BooleanType t && t.booleanValue());
        Item.Builder built = Item.builder().id(linkId).reverseCoded(reverse);
        if (ccmForm) { // a form ccm wrote codes a question with its item's standard code, if any
            item.getCode().stream().filter(c -> c.hasSystem() && c.hasCode()).findFirst().ifPresent(c -> built.code(standard(c)));
        }
        value(item.getTextElement()).filter(t -> !t.equals("Item " + linkId))
                .ifPresent(t -> built.title(t.length() > 120 ? t.substring(0, 119) + "…" : t));
        Optional<Item> valid = valid(at, built::build);
        if (valid.isEmpty()) {
            return;
        }
        items.put(linkId, valid.get());
        if (subscale != null) {
            subscaleItems.get(subscale).add(linkId);
        }
        for (Extension also : item.getExtensionsByUrl(Canonicals.ALSO_IN_SUBSCALE)) {
            String other = also.getValue() instanceof PrimitiveType<?> p ? value(p).orElse("") : "";
            subscaleItems.computeIfAbsent(other, k -> new LinkedHashSet<>()).add(linkId);
        }
    }

    /**
     * Whether a question counts in the form's score: an integer, decimal or choice question that the
     * form does not compute, and that the stated total sums. Any other question (text, a date, a
     * calculated total, a choice whose options carry no score) is asked but not scored.
     */
    private boolean scored(QuestionnaireItemComponent item) {
        QuestionnaireItemType type = item.getType();
        if (type != QuestionnaireItemType.INTEGER && type != QuestionnaireItemType.DECIMAL
                && type != QuestionnaireItemType.CHOICE) {
            return false;
        }
        if (ScoreExpressions.calculated(item).isPresent()) {
            return false;
        }
        String linkId = item.getLinkId();
        if (statedSum.isPresent()) {
            ScoreExpressions.Sum sum = statedSum.get();
            if (sum.excluded().contains(linkId) || sum.summed().map(s -> !s.contains(linkId)).orElse(false)) {
                return false;
            }
        }
        if (type == QuestionnaireItemType.CHOICE) {
            return choices.weighted(item);
        }
        // A number ccm cannot place on a scale counts in no score of a form from elsewhere (a count,
        // a score the form fills in itself); in ccm's own forms every number question is an item.
        return ccmForm || bound(item, InstrumentQuestionnaires.MIN_VALUE).isPresent()
                && bound(item, InstrumentQuestionnaires.MAX_VALUE).isPresent()
                || item.getAnswerOption().stream().anyMatch(o -> o.getValue() instanceof IntegerType);
    }

    /** Records a question asked but not scored, with the questions it holds. */
    private void unscored(QuestionnaireItemComponent item) {
        value(item.getLinkIdElement()).filter(id -> id.matches(Item.ID_FORMAT)).ifPresent(unscored::add);
        for (QuestionnaireItemComponent child : item.getItem()) {
            if (child.getType() != QuestionnaireItemType.DISPLAY) {
                unscored(child);
            }
        }
    }

    /** A value built from the resource, or a problem at its place naming the rule it breaks. */
    private <T> Optional<T> valid(String at, Supplier<T> build) {
        return valid(problems, at, build);
    }

    /** A value built from the resource, or a problem added at its place naming the rule it breaks. */
    static <T> Optional<T> valid(List<Problem> problems, String at, Supplier<T> build) {
        try {
            return Optional.of(build.get());
        } catch (CcmValidationException e) {
            for (Problem v : e.problems()) {
                problems.add(FhirProblems.of(at, "as " + v.location() + ", " + v.rule(), v.value().map(String::valueOf)));
            }
        } catch (IllegalArgumentException e) { // a number that is not one
            problems.add(FhirProblems.of(at, "must be a number", String.valueOf(e.getMessage())));
        }
        return Optional.empty();
    }

    /** The question's scale: minValue and maxValue, else the range of its integer answer options. */
    private Optional<QuestionScale> scaleOf(QuestionnaireItemComponent item, String at, String named) {
        if (item.getType() == QuestionnaireItemType.CHOICE) {
            return choices.scale(item, at, named);
        }
        boolean integer = item.getType() == QuestionnaireItemType.INTEGER;
        Optional<BigDecimal> min = bound(item, InstrumentQuestionnaires.MIN_VALUE);
        Optional<BigDecimal> max = bound(item, InstrumentQuestionnaires.MAX_VALUE);
        List<ScaleAnchor> anchors = new ArrayList<>();
        List<BigDecimal> options = new ArrayList<>();
        for (QuestionnaireItemAnswerOptionComponent option : item.getAnswerOption()) {
            if (option.getValue() instanceof IntegerType v && v.getValue() != null) {
                options.add(BigDecimal.valueOf(v.getValue()));
                Extension label = option.getExtensionByUrl(Canonicals.ANCHOR_LABEL);
                if (label != null && label.getValue() instanceof PrimitiveType<?> p && value(p).isPresent()) {
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
                    && label.getValue() instanceof PrimitiveType<?> l && value(v).isPresent() && value(l).isPresent()) {
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
        return Optional.of(new QuestionScale(integer, min.get(), max.get(), List.copyOf(anchors)));
    }

    private static Optional<BigDecimal> bound(QuestionnaireItemComponent item, String url) {
        Extension e = item.getExtensionByUrl(url);
        Type value = e == null ? null : e.getValue();
        if (value instanceof IntegerType i && i.getValue() != null) {
            return Optional.of(BigDecimal.valueOf(i.getValue()));
        }
        if (value instanceof DecimalType d && d.getValue() != null) {
            return Optional.of(d.getValue());
        }
        return Optional.empty();
    }
}
