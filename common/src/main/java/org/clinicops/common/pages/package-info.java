/** The staff pages' shared layout, navigation, login page and lenient form reading. */
package org.clinicops.common.pages;
