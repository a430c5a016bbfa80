package uk.safeguarding.rules.conclusion;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Set;

/** Wording helpers imported into rule files, so sentences about a case read as English. */
public final class Words {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);

    private Words() {
    }

    /** "Monday 21 December 2026", or "an unknown date". */
    public static String day(LocalDate date) {
        return date == null ? "an unknown date" : DAY.format(date);
    }

    /** "1 working day", "3 working days". */
    public static String workingDays(int count) {
        return count + (count == 1 ? " working day" : " working days");
    }

    /** "overdue by 3 working days"; just "overdue" on a non-working day straight after the due date. */
    public static String overdue(int workingDaysLate) {
        return workingDaysLate == 0 ? "overdue" : "overdue by " + workingDays(workingDaysLate);
    }

    /** An age in words: "under a year old", "1 year old", "17 years old". */
    public static String age(int years) {
        if (years < 1) {
            return "under a year old";
        }
        return years + (years == 1 ? " year old" : " years old");
    }

    /** An enum value as lower-case words: IN_SOME_WAY becomes "in some way"; acronyms such as SUDI stay as they are. */
    public static String words(Enum<?> value) {
        if (value == null) {
            return "unknown";
        }
        return ACRONYMS.contains(value.name()) ? value.name() : value.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    /** The items of route conclusions as words: "route A3", "routes A2 and E2". */
    public static String routes(java.util.List<?> conclusions) {
        java.util.List<String> items = conclusions.stream().map(c -> ((Conclusion) c).item()).sorted().toList();
        String joined = items.size() <= 1 ? String.join("", items)
                : String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
        return (items.size() == 1 ? "route " : "routes ") + joined;
    }

    private static final Set<String> ACRONYMS = Set.of("SUDI");
}
