package uk.safeguarding.rules.cases.mutation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The small, realistic mistakes a rule can suffer: drop one condition, flip a comparison, swap YES and NO, change the
 * basis, move a threshold by one. Works on the rule's text, so the changes read as the edits a person would make.
 */
final class Mutator {

    /** One change to a rule's text: replace [start, end) with {@code replacement}. */
    record Edit(int start, int end, String replacement, String change) {
    }

    private static final Pattern COMPARISON = Pattern.compile("(?<![<>=!-])(<=|>=|==|!=|<|>)(?![=>])");
    private static final Map<String, String> FLIPPED = Map.of("<", "<=", "<=", "<", ">", ">=", ">=", ">", "==", "!=", "!=", "==");
    /** A number compared, or a bound variable an ordering compares with (an equality may compare anything, not only numbers). */
    private static final Pattern THRESHOLD = Pattern.compile("(?<![<>=!-])(?:(?:<=|>=|<|>)\\s*(\\$\\w+)|(?:<=|>=|==|!=|<|>)\\s*(\\b\\d+\\b))(?!\\s*[.(\\w])");
    private static final Pattern YES_NO = Pattern.compile("\\b(?<!Incident)(Answer|Outcome)\\.(YES|NO)\\b|\\b(yes|no)\\(kcontext");
    private static final Pattern BASIS = Pattern.compile("\\bBasis\\.(DUTY|EXPECTED)\\b");
    private static final Pattern PATTERN_START = Pattern.compile("(?:\\b(?:not|exists)\\s+)?(?:\\$\\w+\\s*:\\s*)?\\b[A-Z]\\w*\\s*\\(");
    private static final Pattern BINDING = Pattern.compile("\\$\\w+\\s*:");
    private static final Pattern STRING = Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*\"");
    private static final Pattern WHEN = Pattern.compile("(?m)^[ \\t]*when[ \\t]*$");
    private static final Pattern THEN = Pattern.compile("(?m)^[ \\t]*then[ \\t]*$");

    private Mutator() {
    }

    /** Every mutation of one rule's text (from "rule" to "end"), each described so that it reads on its own. */
    static List<Edit> edits(String rule) {
        Matcher when = WHEN.matcher(rule);
        Matcher then = THEN.matcher(rule);
        if (!when.find() || !then.find(when.end())) {
            return List.of();
        }
        int lhsStart = when.end();
        int lhsEnd = then.start();
        String masked = maskStrings(rule);
        List<Edit> edits = new ArrayList<>();
        dropConditions(rule, masked, lhsStart, lhsEnd, edits);
        Matcher comparison = COMPARISON.matcher(masked).region(lhsStart, lhsEnd);
        while (comparison.find()) {
            edits.add(edit(rule, comparison.start(1), comparison.end(1), FLIPPED.get(comparison.group(1)), "flip a comparison"));
        }
        Matcher threshold = THRESHOLD.matcher(masked).region(lhsStart, lhsEnd);
        while (threshold.find()) {
            int group = threshold.group(1) != null ? 1 : 2;
            String value = threshold.group(group);
            boolean literal = Character.isDigit(value.charAt(0));
            for (int by : new int[] {1, -1}) {
                String moved = literal ? String.valueOf(Integer.parseInt(value) + by) : value + (by > 0 ? " + 1" : " - 1");
                if (!moved.startsWith("-")) {
                    edits.add(edit(rule, threshold.start(group), threshold.end(group), moved, "move a threshold by one"));
                }
            }
        }
        Matcher yesNo = YES_NO.matcher(masked).region(lhsStart, rule.length());
        while (yesNo.find()) {
            if (yesNo.group(3) != null) {
                edits.add(edit(rule, yesNo.start(3), yesNo.end(3), yesNo.group(3).equals("yes") ? "no" : "yes", "swap YES and NO"));
            } else {
                edits.add(edit(rule, yesNo.start(2), yesNo.end(2), yesNo.group(2).equals("YES") ? "NO" : "YES", "swap YES and NO"));
            }
        }
        Matcher basis = BASIS.matcher(masked).region(lhsStart, rule.length());
        while (basis.find()) {
            edits.add(edit(rule, basis.start(1), basis.end(1), basis.group(1).equals("DUTY") ? "EXPECTED" : "DUTY", "change the basis"));
        }
        return unique(edits);
    }

    /** Drops one constraint of a pattern, or one whole pattern that binds nothing later conditions use. */
    private static void dropConditions(String rule, String masked, int lhsStart, int lhsEnd, List<Edit> edits) {
        int topLevelPatterns = 0;
        List<int[]> droppablePatterns = new ArrayList<>();
        Matcher start = PATTERN_START.matcher(masked).region(lhsStart, lhsEnd);
        while (start.find()) {
            int open = start.end() - 1;
            int close = matching(masked, open);
            if (close < 0 || close > lhsEnd) {
                continue;
            }
            boolean topLevel = depth(masked, lhsStart, start.start()) == 0;
            if (topLevel) {
                topLevelPatterns++;
                if (!BINDING.matcher(masked.substring(start.start(), open)).find()
                        && !BINDING.matcher(masked.substring(open, close)).find()) {
                    droppablePatterns.add(new int[] {start.start(), close + 1});
                }
            }
            List<int[]> constraints = constraints(masked, open, close);
            if (constraints.size() > 1) {
                for (int i = 0; i < constraints.size(); i++) {
                    int[] constraint = constraints.get(i);
                    if (BINDING.matcher(masked.substring(constraint[0], constraint[1])).find()) {
                        continue;
                    }
                    // Remove the constraint with the comma that separates it from its neighbour.
                    int from = i == 0 ? constraint[0] : constraints.get(i - 1)[1];
                    int to = i == 0 ? constraints.get(i + 1)[0] : constraint[1];
                    String dropped = rule.substring(constraint[0], constraint[1]).trim().replaceAll("\\s+", " ");
                    edits.add(new Edit(from, to, "", "drop the condition \"" + dropped + "\" from "
                            + rule.substring(start.start(), open).trim() + "(...)"));
                }
            }
            start.region(close + 1, lhsEnd);
        }
        if (topLevelPatterns > 1) {
            for (int[] pattern : droppablePatterns) {
                String dropped = rule.substring(pattern[0], pattern[1]).trim().replaceAll("\\s+", " ");
                edits.add(new Edit(pattern[0], pattern[1], "", "drop the condition \"" + dropped + "\""));
            }
        }
    }

    /** [start, end) of each constraint between the parentheses at {@code open} and {@code close}. */
    private static List<int[]> constraints(String masked, int open, int close) {
        List<int[]> constraints = new ArrayList<>();
        int depth = 0;
        int from = open + 1;
        for (int i = open + 1; i < close; i++) {
            char c = masked.charAt(i);
            if (c == '(' || c == '[') {
                depth++;
            } else if (c == ')' || c == ']') {
                depth--;
            } else if (c == ',' && depth == 0) {
                constraints.add(new int[] {from, i});
                from = i + 1;
            }
        }
        constraints.add(new int[] {from, close});
        return constraints.stream().filter(c -> !masked.substring(c[0], c[1]).isBlank()).toList();
    }

    private static int matching(String masked, int open) {
        int depth = 0;
        for (int i = open; i < masked.length(); i++) {
            if (masked.charAt(i) == '(') {
                depth++;
            } else if (masked.charAt(i) == ')' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    private static int depth(String masked, int from, int to) {
        int depth = 0;
        for (int i = from; i < to; i++) {
            if (masked.charAt(i) == '(') {
                depth++;
            } else if (masked.charAt(i) == ')') {
                depth--;
            }
        }
        return depth;
    }

    /** An edit described by its line before and after: {@code "years < $limit" becomes "years <= $limit"}. */
    private static Edit edit(String rule, int start, int end, String replacement, String kind) {
        int lineStart = rule.lastIndexOf('\n', start - 1) + 1;
        int lineEnd = rule.indexOf('\n', end);
        lineEnd = lineEnd < 0 ? rule.length() : lineEnd;
        int from = Math.max(lineStart, start - 40);
        int to = Math.min(lineEnd, end + 40);
        String before = rule.substring(from, to).trim();
        String after = (rule.substring(from, start) + replacement + rule.substring(end, to)).trim();
        return new Edit(start, end, replacement, kind + ": \"" + before + "\" becomes \"" + after + "\"");
    }

    /** The same change described twice (two identical lines) is told apart by a count. */
    private static List<Edit> unique(List<Edit> edits) {
        Map<String, Integer> seen = new LinkedHashMap<>();
        List<Edit> unique = new ArrayList<>();
        for (Edit edit : edits) {
            int count = seen.merge(edit.change(), 1, Integer::sum);
            unique.add(count == 1 ? edit : new Edit(edit.start(), edit.end(), edit.replacement(), edit.change() + " (" + count + ")"));
        }
        return unique;
    }

    private static String maskStrings(String text) {
        Matcher strings = STRING.matcher(text);
        StringBuilder masked = new StringBuilder(text);
        while (strings.find()) {
            for (int i = strings.start() + 1; i < strings.end() - 1; i++) {
                masked.setCharAt(i, ' ');
            }
        }
        // Comments too: a "<" in a comment is not a comparison.
        Matcher comments = Pattern.compile("//[^\\n]*").matcher(masked.toString());
        while (comments.find()) {
            for (int i = comments.start(); i < comments.end(); i++) {
                masked.setCharAt(i, ' ');
            }
        }
        return masked.toString();
    }
}
