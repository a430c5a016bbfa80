package uk.safeguarding.rules.service.leads;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.safeguarding.rules.facts.FactPaths;
import uk.safeguarding.rules.model.Answer;
import uk.safeguarding.rules.model.SafeguardingCase;

/**
 * The questions on the leads' page, in the sections a lead works through. Each question is a path into the case
 * (the same path the API, the explanations and the open questions use); its wording comes from the case model's
 * {@code @Question}, and its kind of answer from the model's type, so the page asks exactly what the rules read.
 */
final class Questions {

    /** How a fact is answered on the page. */
    enum Kind { YES_NO, CHOICE, DATE, NUMBER, TEXT, CHOICES }

    record Question(String path, String label, String hint, Kind kind, List<String> choices) {

        /** The id of the first input of the question, which the error summary and the open questions link to. */
        String id() {
            return path;
        }
    }

    record Section(String id, String title, String intro, List<Question> questions) {
    }

    /** Wording for the facts the case model asks no question about: the reference, lists and the dates of steps taken. */
    private static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("reference", "Case reference"),
            Map.entry("assessedOn", "Day of this assessment"),
            Map.entry("rapidReviewMeeting.attendees", "Which organisations attend (or will attend) the Rapid Review meeting?"),
            Map.entry("rapidReviewMeeting.agenciesInvolved", "Which agencies were involved with the child or family?"),
            Map.entry("processDates.referralDate", "Date the serious incident referral was received"),
            Map.entry("processDates.notificationDate", "Date the Panel was notified"),
            Map.entry("processDates.scopingTemplateSentDate", "Date the scoping template was sent to agencies"),
            Map.entry("processDates.rapidReviewMeetingDate", "Date of the Rapid Review meeting (held or planned)"),
            Map.entry("processDates.localReviewDecisionDate", "Date of the decision to carry out a local review"),
            Map.entry("processDates.plannedPublicationDate", "Planned publication date of the local review"));

    private static final Map<String, String> HINTS = Map.of(
            "reference", "An anonymised reference only, for example RR-2026-014. Never a name, address or date of birth.",
            "assessedOn", "Due dates before this day are shown as overdue. Leave it as today unless you are recording an earlier assessment.",
            "child.dateOfBirth", "For example, 5 1 2026. Leave it blank and give the age below if it is not known.",
            "incident.localAuthorityAwareDate", "Day 0 for the notification and Rapid Review timescales.",
            "partnership.childUsuallyLivesIn", "The area's name only, for example Northshire. No addresses.",
            "partnership.incidentHappenedIn", "The area's name only. No addresses.");

    static final List<Section> SECTIONS = List.of(
            section("assessment", "This assessment", "Give an anonymised reference and the day you are assessing as of.",
                    "reference", "assessedOn"),
            section("child", "The child", null,
                    "child.dateOfBirth", "child.ageInYears", "child.childProtectionPlan", "child.knownToChildrensSocialCare",
                    "child.disability", "child.learningDisability", "child.educatedOtherwiseThanAtSchool",
                    "child.knownRiskOfExploitation"),
            section("incident", "What happened and when", null,
                    "incident.outcome", "incident.causeOfDeath", "incident.harm.seriousOrLongTermImpairment",
                    "incident.harm.impairmentLikelyLongTerm", "incident.harm.childRecovered",
                    "incident.harm.cumulativeEffectOfNeglect", "incident.date", "incident.localAuthorityAwareDate",
                    "incident.otherChildrenAffected"),
            section("where", "Where", "Area names only: never an address or postcode.",
                    "incident.location", "incident.childNormallyResidentInArea", "partnership.childUsuallyLivesIn",
                    "partnership.incidentHappenedIn", "partnership.assessedBy", "partnership.partnersDisagreeAboutNotifying",
                    "institution.setting", "institution.harmFromSpecificActsOfStaff", "institution.harmFromQualityOfCare",
                    "institution.harmTargetedAtParticularChildren"),
            section("abuse", "Abuse or neglect", "Proof is not needed: say what is known or suspected now.",
                    "abuseOrNeglect.status", "abuseOrNeglect.contribution", "abuseOrNeglect.eventItselfAbusive",
                    "abuseOrNeglect.strategyDiscussion", "abuseOrNeglect.section47Enquiry", "abuseOrNeglect.careProceedings",
                    "abuseOrNeglect.criminalInvestigation", "abuseOrNeglect.persistentNeglect",
                    "abuseOrNeglect.singleNeglectfulIncident", "abuseOrNeglect.singleIncidentNeglectfulInItself",
                    "abuseOrNeglect.rangeOfTypesOfAbuse"),
            section("harm-source", "Who caused the harm", "Describe the person's role only, never who they are.",
                    "harmSource.causedBy", "harmSource.perpetratorRelationshipToChild", "harmSource.childSexualExploitation",
                    "harmSource.childCriminalExploitation", "harmSource.otherChildCoercedOrExploitedByAdult",
                    "safeguardingContext.concernsAboutParentsOrCarers", "safeguardingContext.agenciesSupportingChildOrFamily",
                    "safeguardingContext.concernsAboutMultiAgencyActionOrInaction"),
            section("looked-after", "Looked-after status and care history", null,
                    "child.lookedAfter.accommodatedForMoreThan24Hours", "child.lookedAfter.careOrder",
                    "child.lookedAfter.placementOrder", "child.careHistory.previouslyLookedAfter",
                    "child.careHistory.weeksLookedAfterSinceAge14", "child.careHistory.lookedAfterAfterAge16",
                    "child.careHistory.localAuthorityAwareOfCareLeaverStatus"),
            section("review", "The review questions", "Most of these are the partners' judgements at the Rapid Review; "
                    + "leave them as not known until they are made.",
                    "review.highlightsImprovementsNeeded", "review.highlightsRecurrentThemes",
                    "review.concernsAboutAgenciesWorkingTogether", "review.panelConcludedLocalReviewMoreAppropriate",
                    "review.concernAboutSingleAgency", "review.noAgencyInvolvementGivesConcern", "review.moreThanOneAreaInvolved",
                    "review.needsLegislativeOrGuidanceChange", "review.goodPractice", "review.poorPractice",
                    "review.reflectsOutOfRoutineIssues", "review.rapidReviewFoundFurtherLearning",
                    "parallelProcesses.offenderManagedUnderMappa", "parallelProcesses.adultSafeguardingConcerns",
                    "parallelProcesses.familyProceedings", "parallelProcesses.disciplinaryProcesses",
                    "rapidReviewMeeting.attendees", "rapidReviewMeeting.agenciesInvolved", "processDates.referralDate",
                    "processDates.notificationDate", "processDates.scopingTemplateSentDate",
                    "processDates.rapidReviewMeetingDate", "processDates.localReviewDecisionDate",
                    "processDates.plannedPublicationDate"));

    private Questions() {
    }

    static Optional<Question> find(String path) {
        return SECTIONS.stream().flatMap(s -> s.questions().stream()).filter(q -> q.path().equals(path)).findFirst();
    }

    private static Section section(String id, String title, String intro, String... paths) {
        return new Section(id, title, intro, Arrays.stream(paths).map(Questions::question).toList());
    }

    private static Question question(String path) {
        RecordComponent component = component(path);
        String label = FactPaths.question(path).orElseGet(() -> {
            String known = LABELS.get(path);
            if (known == null) {
                throw new IllegalStateException("No wording for " + path + ": add a @Question to the model or a label here");
            }
            return known;
        });
        Class<?> type = component.getType();
        if (type == Answer.class) {
            return new Question(path, label, HINTS.get(path), Kind.YES_NO, List.of("YES", "NO"));
        }
        if (type.isEnum()) {
            return new Question(path, label, HINTS.get(path), Kind.CHOICE, constants(type));
        }
        if (List.class.isAssignableFrom(type) && component.getGenericType() instanceof ParameterizedType list
                && list.getActualTypeArguments()[0] instanceof Class<?> element && element.isEnum()) {
            return new Question(path, label, HINTS.get(path), Kind.CHOICES, constants(element));
        }
        if (type == LocalDate.class) {
            return new Question(path, label, HINTS.get(path), Kind.DATE, List.of());
        }
        if (Number.class.isAssignableFrom(type)) {
            return new Question(path, label, HINTS.get(path), Kind.NUMBER, List.of());
        }
        if (type == String.class) {
            return new Question(path, label, HINTS.get(path), Kind.TEXT, List.of());
        }
        throw new IllegalStateException(path + " is a " + type.getSimpleName() + ", which the page cannot ask");
    }

    private static List<String> constants(Class<?> enumType) {
        return Arrays.stream(enumType.getEnumConstants()).map(c -> ((Enum<?>) c).name())
                .filter(name -> !name.equals(Answer.UNKNOWN.name())).toList();
    }

    private static RecordComponent component(String path) {
        Class<?> current = SafeguardingCase.class;
        RecordComponent found = null;
        for (String name : path.split("\\.")) {
            found = Arrays.stream(current.getRecordComponents()).filter(c -> c.getName().equals(name)).findFirst()
                    .orElseThrow(() -> new IllegalStateException("No fact " + path + " in the case model"));
            current = found.getType();
        }
        return found;
    }
}
