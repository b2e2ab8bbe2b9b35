package com.example.app;

import org.ccmcoach.core.Practice;

/**
 * A request type of an application's own that holds a ccm value, as a web application binds it.
 *
 * @param practice  the practice enrolled
 * @param months  the months of coaching
 */
public record Enrolment(Practice practice, int months) {
}
