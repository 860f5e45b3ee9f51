package org.clinicops.scheduling.groups;

/**
 * Seats became free in a group (a discharge, a transfer out, a raised capacity, a new group):
 * the waitlist may move. An in-process event, so that groups need not know the waitlist.
 */
public record SeatsFreed(String groupId) {
}
