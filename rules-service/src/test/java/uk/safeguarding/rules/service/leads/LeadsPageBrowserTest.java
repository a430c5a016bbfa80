package uk.safeguarding.rules.service.leads;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The leads' page in a real browser (Debian's headless Chromium, driven by Selenium): signing in, a SUDI case entered
 * section by section, the answers after each, an open question answered and the answer it names changing, and the
 * record downloaded. Every state is checked with axe-core and fails on a serious or critical accessibility violation,
 * and is saved as a screenshot under target/leads-page/ for review. Without Chromium it fails, saying what to install.
 */
@QuarkusTest
@Tag("browser")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LeadsPageBrowserTest {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path SCREENSHOTS = Path.of("target", "leads-page");
    static final Path DOWNLOADS = SCREENSHOTS.resolve("downloads").toAbsolutePath();

    static ChromeDriver browser;

    @TestHTTPResource("/leads")
    URL page;

    @BeforeAll
    static void startTheBrowser() throws IOException {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            fail("The leads' page is tested in Chromium: install it with apt-get install -y chromium chromium-driver (.ci/run does)");
        }
        Files.createDirectories(DOWNLOADS);
        try (Stream<Path> old = Files.list(DOWNLOADS)) {
            for (Path file : old.toList()) {
                Files.delete(file);
            }
        }
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile())
                .addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1280,1600");
        options.setExperimentalOption("prefs", Map.of("download.default_directory", DOWNLOADS.toString(),
                "download.prompt_for_download", false));
        ChromeDriverService driver = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        browser = new ChromeDriver(driver, options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(120)).scriptTimeout(Duration.ofSeconds(120));
    }

    @AfterAll
    static void stopTheBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    @Order(1)
    void aSudiCaseEnteredSectionBySectionShowsTheAnswersAfterEachSection() {
        browser.get(page.toString());
        assertEquals("Sign in – Safeguarding rules", browser.getTitle(), "the page asks for a sign-in first");
        accessibleAndSaved("00-sign-in");
        signIn("lead", "not-the-password");
        assertEquals("Error: Sign in – Safeguarding rules", browser.getTitle());
        assertTrue(browser.findElement(By.className("govuk-error-summary")).getText().contains("Enter a correct user name and password"));
        accessibleAndSaved("00-sign-in-wrong-password");
        signIn("lead", "lead-demo");
        assertEquals("Assess a case – Safeguarding rules", browser.getTitle());
        accessibleAndSaved("01-blank");

        type("reference", "RR-2026-014");
        date("assessedOn", "18", "3", "2026");
        check("assessment");
        assertEquals("Not yet known", answer("seriousCase"), "nothing is known yet");
        accessibleAndSaved("02-reference");

        date("child.dateOfBirth", "5", "1", "2026");
        choose("child.childProtectionPlan", "NONE");
        choose("child.knownToChildrensSocialCare", "YES");
        check("child");
        accessibleAndSaved("03-child");

        choose("incident.outcome", "DIED");
        choose("incident.causeOfDeath", "SUDI");
        date("incident.date", "16", "3", "2026");
        date("incident.localAuthorityAwareDate", "16", "3", "2026");
        check("incident");
        accessibleAndSaved("04-what-happened");

        choose("incident.location", "IN_AREA");
        type("partnership.childUsuallyLivesIn", "Northshire");
        check("where");
        assertEquals("Not yet known", answer("seriousCase"), "abuse or neglect is not known yet");
        accessibleAndSaved("05-where");

        choose("abuseOrNeglect.status", "SUSPECTED");
        choose("abuseOrNeglect.contribution", "DIRECTLY");
        choose("abuseOrNeglect.strategyDiscussion", "YES");
        choose("abuseOrNeglect.persistentNeglect", "YES");
        check("abuse");
        assertEquals("Yes", answer("seriousCase"));
        assertEquals("Yes", answer("panelNotification"));
        assertEquals("Yes", answer("rapidReview"));
        accessibleAndSaved("06-abuse-or-neglect");

        choose("harmSource.causedBy", "PARENT_OR_CARER");
        choose("harmSource.perpetratorRelationshipToChild", "RELATIVE");
        check("harm-source");
        accessibleAndSaved("07-who-caused-the-harm");

        choose("child.lookedAfter.accommodatedForMoreThan24Hours", "NO");
        choose("child.lookedAfter.careOrder", "NO");
        choose("child.lookedAfter.placementOrder", "NO");
        check("looked-after");
        assertEquals("No", answer("secretaryOfStateNotification"), "a baby never looked after is no care case");
        accessibleAndSaved("08-looked-after");

        choose("review.highlightsImprovementsNeeded", "YES");
        choose("review.concernsAboutAgenciesWorkingTogether", "YES");
        check("review");
        assertEquals("Consider", answer("localReview"), "criteria met make a local review a judgement, never automatic");
        accessibleAndSaved("09-review-questions");
    }

    @Test
    @Order(2)
    void eachAnswerOpensToItsReasonsFactsAndSources() {
        WebElement panel = browser.findElement(By.id("verdict-panelNotification"));
        panel.findElement(By.tagName("summary")).click();
        String text = panel.getText();
        assertTrue(text.contains("must notify the Panel"), text);
        assertTrue(text.contains("Source: Children Act 2004 s16C(1)"), text);
        assertTrue(text.contains("Did the incident happen in the local authority's area, elsewhere in England, or outside England?: In this local authority's area"), text);
        assertTrue(text.contains("Notify the Child Safeguarding Practice Review Panel: Monday 23 March 2026"), text);
        accessibleAndSaved("10-reasons");
        // The window's worth the README shows (docs/leads-page.png): the answers at a glance, one opened.
        browser.executeScript("document.getElementById('answers').scrollIntoView()");
        screenshot("answers-in-view");
    }

    @Test
    @Order(3)
    void answeringAnOpenQuestionChangesTheAnswerItNames() {
        // The first open question that says what a "Yes" would change: "If Yes: <answer title> becomes <answer>".
        WebElement question = browser.findElements(By.cssSelector(".lead-questions > li")).stream()
                .filter(li -> li.getText().contains("If Yes: ")).findFirst().orElseThrow();
        String change = question.getText().lines().filter(line -> line.startsWith("If Yes: ")).findFirst().orElseThrow()
                .substring("If Yes: ".length()).split("; ")[0];
        String title = change.substring(0, change.indexOf(" becomes "));
        String becomes = change.substring(change.indexOf(" becomes ") + " becomes ".length());
        WebElement verdict = verdictTitled(title);
        String before = verdict.findElement(By.className("lead-answer")).getText();
        assertTrue(!before.equals(becomes), change);

        WebElement link = question.findElement(By.tagName("a"));
        String field = link.getAttribute("href").substring(link.getAttribute("href").indexOf('#') + 1);
        link.sendKeys(Keys.ENTER);
        assertEquals(field, browser.switchTo().activeElement().getAttribute("id"), "the link takes the keyboard to its question");
        choose(field, "YES");
        check("review");
        assertEquals(becomes, verdictTitled(title).findElement(By.className("lead-answer")).getText(), change);
        accessibleAndSaved("11-open-question-answered");
    }

    @Test
    @Order(4)
    void theNotificationDateMakesTheOverduePanelDeadlineDone() {
        date("assessedOn", "26", "3", "2026");
        check("review");
        browser.findElement(By.id("verdict-panelNotification")).findElement(By.tagName("summary")).click();
        String overdue = browser.findElement(By.id("verdict-panelNotification")).getText();
        assertTrue(overdue.contains("Overdue by 3 working days"), overdue);
        accessibleAndSaved("12-overdue");

        date("processDates.notificationDate", "18", "3", "2026");
        check("review");
        browser.findElement(By.id("verdict-panelNotification")).findElement(By.tagName("summary")).click();
        String done = browser.findElement(By.id("verdict-panelNotification")).getText();
        assertTrue(done.contains("Done on Wednesday 18 March 2026"), done);
    }

    @Test
    @Order(5)
    void namesAndAddressesAreRefusedWithAnErrorSummaryLinkingToTheField() {
        type("partnership.incidentHappenedIn", "12 Acacia Avenue");
        check("where");
        WebElement summary = browser.findElement(By.className("govuk-error-summary"));
        assertTrue(summary.getText().contains("looks like it contains a street address"), summary.getText());
        accessibleAndSaved("13-identifying-details-refused");
        summary.findElement(By.tagName("a")).sendKeys(Keys.ENTER);
        assertEquals("partnership.incidentHappenedIn", browser.switchTo().activeElement().getAttribute("id"));
        type("partnership.incidentHappenedIn", "");
        check("where");
        assertTrue(browser.findElements(By.className("govuk-error-summary")).isEmpty());
    }

    @Test
    @Order(6)
    void theRecordDownloadsAsMarkdownAndPrintsOnItsOwnPage() throws Exception {
        browser.findElement(By.id("download-record")).click();
        Path record = DOWNLOADS.resolve("rapid-review-record-RR-2026-014.md");
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(b -> Files.exists(record));
        String markdown = Files.readString(record);
        assertTrue(markdown.startsWith("# Rapid Review: RR-2026-014"), markdown);
        assertTrue(markdown.contains("- The local authority must notify the Child Safeguarding Practice Review Panel (Children Act 2004 s16C(1)"), markdown);
        assertTrue(markdown.contains("| Date notified to Ofsted | Wednesday 18 March 2026"), "the notification date entered is in the record: " + markdown);

        submit(browser.findElement(By.id("print-record")));
        assertEquals("Record for the Rapid Review – Safeguarding rules", browser.getTitle());
        assertTrue(browser.findElement(By.tagName("article")).getText().contains("Rapid Review: RR-2026-014"));
        accessibleAndSaved("14-record-for-printing");
        submit(browser.findElement(By.id("back-to-assessment")));
        assertEquals("Yes", answer("panelNotification"), "the answers come back with the page");
    }

    /** What the window shows, scrolled to where the step left it (a whole-page picture times out on a busy machine). */
    static void screenshot(String step) {
        try {
            Files.write(SCREENSHOTS.resolve(step + ".png"), browser.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void type(String id, String text) {
        WebElement field = browser.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    private static void date(String path, String day, String month, String year) {
        type(path, day);
        type(path + ".month", month);
        type(path + ".year", year);
    }

    /** The option with this value of the question at this path, chosen as a keyboard user would: reach it, press space. */
    private static void choose(String path, String value) {
        WebElement option = browser.findElement(By.cssSelector("input[name='" + path + "'][value='" + value + "']"));
        option.sendKeys(Keys.SPACE);
        assertTrue(option.isSelected(), path + " " + value + " is chosen");
    }

    private static void signIn(String user, String password) {
        type("username", user);
        type("password", password);
        submit(browser.findElement(By.id("sign-in")));
    }

    /** Presses a form's button and waits for the page it posted to (the old page's elements go stale first). */
    private static void submit(WebElement button) {
        button.sendKeys(Keys.ENTER);
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(120));
        wait.until(ExpectedConditions.stalenessOf(button));
        wait.until(b -> "complete".equals(((JavascriptExecutor) b).executeScript("return document.readyState")));
    }

    private static void check(String section) {
        submit(browser.findElement(By.id("check-" + section)));
    }

    private static WebElement verdictTitled(String title) {
        return browser.findElements(By.cssSelector(".lead-verdict")).stream()
                .filter(d -> d.findElement(By.className("govuk-details__summary-text")).getText().equals(title + ":"))
                .findFirst().orElseThrow(() -> new AssertionError("no answer titled " + title));
    }

    private static String answer(String verdict) {
        return browser.findElement(By.id("verdict-" + verdict)).findElement(By.className("lead-answer")).getText();
    }

    private static void accessibleAndSaved(String step) {
        screenshot(step);
        // Legacy mode runs axe in the page itself: the default finishes in a new blank window that it gives one second to
        // load, which a loaded machine misses (the page has no frames, which is all legacy mode leaves out).
        Results results = new AxeBuilder().setLegacyMode(true).withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa")).analyze(browser);
        List<Rule> serious = results.getViolations().stream()
                .filter(v -> "serious".equals(v.getImpact()) || "critical".equals(v.getImpact())).toList();
        assertTrue(serious.isEmpty(), step + ": " + serious.stream().map(v -> v.getId() + " (" + v.getImpact() + "): "
                + v.getHelp() + " at " + v.getNodes().stream().map(n -> String.valueOf(n.getTarget())).collect(Collectors.joining(", ")))
                .collect(Collectors.joining("; ")));
    }
}
