/** Which staff are told of which event, how urgently, in which words: the routing rules in plain Java. */
package org.clinicops.notification.routing;
