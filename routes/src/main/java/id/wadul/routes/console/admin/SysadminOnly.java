package id.wadul.routes.console.admin;

import id.wadul.routes.desk.ApiException;
import id.wadul.routes.desk.DeskUser;
import id.wadul.routes.desk.Json;
import id.wadul.routes.desk.Role;
import io.javalin.http.Context;

/** The console's admin API is Kominfo's system admins' (SYSADMIN) alone. */
final class SysadminOnly {

    private SysadminOnly() {
    }

    static DeskUser require(Context ctx) {
        DeskUser user = Json.user(ctx);
        if (user.role() != Role.SYSADMIN) {
            throw new ApiException(403, "Hanya admin sistem (SYSADMIN) yang boleh mengelola ini.");
        }
        return user;
    }
}
