package io.oneshelf.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.oneshelf.platform.Ids;
import io.oneshelf.support.BrandFixture;
import io.oneshelf.support.BrandFixture.Brand;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * The audit log as a history: newest first, a jump to a day, pages newer and older in both directions past the day,
 * back to the latest; at desk width and on a phone. The brand's test events are 3 a day (09:00, 12:00, 15:00 local
 * time) on the 40 days from 1 January 2026, each action named after its time, so that each page's rows are known;
 * pages hold 50.
 */
class AuditBrowserTest extends BrowserTest {

    private static final LocalDate FIRST_DAY = LocalDate.of(2026, 1, 1);
    private static final int DAYS = 40;
    private static final int PAGE = 50;
    private static final int[] HOURS = {9, 12, 15};

    @Test
    void an_hq_admin_jumps_to_a_day_and_pages_newer_and_older_from_it() {
        Brand brand = brands.aBrand();
        List<String> newestFirst = eventsOnFortyDays(brand);
        signIn(brand.login("admin"), BrandFixture.PASSWORD);
        hook("nav-audit").click();
        inputOf("filter-entityType").sendKeys("test", Keys.ENTER);
        waitForFirstRows(newestFirst.subList(0, PAGE));
        assertThat(enabled("time-newer")).isFalse();

        jumpTo("2026-01-20");
        int jump = newestFirst.indexOf("test.2026-01-20.15");
        waitForFirstRows(newestFirst.subList(jump, jump + PAGE));
        waitForText("time-shown", "2026-01-20");

        press("time-older");
        waitForFirstRows(newestFirst.subList(jump + PAGE, newestFirst.size()));
        assertThat(enabled("time-older")).isFalse();

        press("time-newer");
        waitForFirstRows(newestFirst.subList(jump, jump + PAGE));

        // past the day: the 50 rows after it, still newest first, then the rest
        press("time-newer");
        waitForFirstRows(newestFirst.subList(jump - PAGE, jump));
        press("time-newer");
        waitForFirstRows(newestFirst.subList(0, jump - PAGE));
        assertThat(enabled("time-newer")).isFalse();

        press("time-older");
        waitForFirstRows(newestFirst.subList(jump - PAGE, jump));
        press("time-older");
        waitForFirstRows(newestFirst.subList(jump, jump + PAGE));

        press("time-latest");
        waitForFirstRows(newestFirst.subList(0, PAGE));
    }

    @Test
    void on_a_tablet_the_frame_fits_and_on_a_phone_too_where_a_jump_and_the_pages_work() {
        Brand brand = brands.aBrand();
        List<String> newestFirst = eventsOnFortyDays(brand);
        signIn(brand.login("admin"), BrandFixture.PASSWORD);
        hook("nav-audit").click();
        try {
            driver.manage().window().setSize(new Dimension(1024, 900));
            inputOf("filter-entityType").sendKeys("test", Keys.ENTER);
            waitForFirstRows(newestFirst.subList(0, PAGE));
            wait.until(d -> fits("time-latest") && fits("time-jump") && fits("time-newer") && fits("time-older"));

            driver.manage().window().setSize(new Dimension(390, 844));
            wait.until(d -> fits("time-latest") && fits("time-jump") && fits("time-newer") && fits("time-older"));

            jumpTo("2026-02-01");
            int jump = newestFirst.indexOf("test.2026-02-01.15");
            waitForFirstRows(newestFirst.subList(jump, jump + PAGE));
            press("time-older");
            waitForFirstRows(newestFirst.subList(jump + PAGE, newestFirst.size()));
            press("time-newer");
            waitForFirstRows(newestFirst.subList(jump, jump + PAGE));
            press("time-newer");
            waitForFirstRows(newestFirst.subList(0, jump));
            assertThat(fits("time-newer") && fits("time-older")).isTrue();
        } finally {
            driver.manage().window().setSize(new Dimension(1400, 1000));
        }
    }

    /** 120 events of type "test", each action named after its local day and hour; answers them newest first. */
    private List<String> eventsOnFortyDays(Brand brand) {
        List<String> actions = new ArrayList<>();
        for (int day = 0; day < DAYS; day++) {
            for (int hour : HOURS) {
                ZonedDateTime at = FIRST_DAY.plusDays(day).atTime(hour, 0).atZone(ZoneId.systemDefault());
                String action = "test." + FIRST_DAY.plusDays(day) + "." + hour;
                long millis = at.toInstant().toEpochMilli();
                UUID id = new UUID((millis << 16) | 0x7000L | (Ids.next().getMostSignificantBits() & 0x0FFFL),
                        Ids.next().getLeastSignificantBits());
                brands.jdbc().sql("""
                        insert into audit_event(id, tenant_id, occurred_at, actor_name, action, entity_type)
                        values (:id, :tenant, :at, 'seed', :action, 'test')""")
                        .param("id", id).param("tenant", brand.tenantId()).param("at", at.toOffsetDateTime())
                        .param("action", action).update();
                actions.add(0, action);
            }
        }
        return actions;
    }

    /** Clicks a button of the frame once it is enabled (it is not while a page or the look past a day loads). */
    private void press(String hookName) {
        wait.until(d -> hook(hookName).isEnabled());
        click(hookName);
    }

    private void jumpTo(String day) {
        WebElement input = inputOf("time-jump");
        input.click();
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), day, Keys.ENTER);
        waitForText("time-shown", day);
    }

    /** The text input of a hook: Element Plus puts a field's attributes on the input itself or on its wrapper. */
    private WebElement inputOf(String hookName) {
        WebElement element = hook(hookName);
        return element.getTagName().equals("input") ? element : element.findElement(By.cssSelector("input"));
    }

    /** Waits until the table shows exactly these actions, top to bottom (at most a page of them). */
    private void waitForFirstRows(List<String> expected) {
        List<String> page = expected.subList(0, Math.min(PAGE, expected.size()));
        wait.until(d -> actions().equals(page));
    }

    /** The actions the table shows, top to bottom, read in one go (the table re-renders under a slower read). */
    @SuppressWarnings("unchecked")
    private List<String> actions() {
        return (List<String>) ((JavascriptExecutor) driver).executeScript("""
                return Array.from(document.querySelectorAll("[data-test='audit-table'] [data-test='audit-action']"))
                    .map(e => e.textContent.trim());""");
    }

    private boolean enabled(String hookName) {
        return hook(hookName).isEnabled();
    }

    /** Whether the hook lies wholly within the window's width (nothing cut off or reached by scrolling sideways). */
    private boolean fits(String hookName) {
        return (Boolean) ((JavascriptExecutor) driver).executeScript("""
                const r = arguments[0].getBoundingClientRect();
                return r.width > 0 && r.left >= 0 && r.right <= document.documentElement.clientWidth
                    && document.documentElement.scrollWidth <= document.documentElement.clientWidth;""",
                hook(hookName));
    }
}
