package io.oneshelf.member;

import io.oneshelf.platform.Rejection;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Year;

/**
 * A customer's birthday: month and day (when the brand's birthday benefit comes), the year only if they said it.
 * February 29th is celebrated on February 28th in a common year.
 */
public record Birthday(int month, int day, Integer year) {

    /** The birthday, or {@code INVALID} on {@code birthday} when it is no date (of that year, if given). */
    public Birthday {
        boolean valid = month >= 1 && month <= 12 && day >= 1 && day <= 31
                        && MonthDay.of(month, 1).getMonth().maxLength() >= day
                        && (year == null || year >= 1900 && year <= Year.now().getValue()
                                            && Year.of(year).atMonth(month).isValidDay(day));
        if (!valid) {
            throw Rejection.invalid("birthday", "member.birthday.invalid");
        }
    }

    /** Whether the birthday falls on {@code date} (February 29th on the 28th in a common year). */
    public boolean fallsOn(LocalDate date) {
        if (month == date.getMonthValue() && day == date.getDayOfMonth()) {
            return true;
        }
        return month == 2 && day == 29 && date.getMonthValue() == 2 && date.getDayOfMonth() == 28
               && !date.isLeapYear();
    }
}
