vcl 4.1;
# Varnish in front of gunicorn (the alternative to nginx's microcache): pages
# are kept up to an hour and dropped when congtin sends a PURGE. congtin sends
# one PURGE of each site's root on every content change (settings:
# FRONTEND_CACHE_PURGE_URL=http://127.0.0.1:6081), and this configuration
# turns it into a ban of every cached page, whatever host name a visitor used
# (with and without www.): the same "new generation" rule as congtin's own
# page cache, so nothing a change touches can stay stale.

backend default {
    .host = "127.0.0.1";
    .port = "8000";
}

acl purgers {
    "127.0.0.1";
    "::1";
}

sub vcl_recv {
    # Visit counting (varnish/visits.format): what varnishncsa logs for the
    # collector — the reader's address as congtin takes it (congtin/clientaddress.py:
    # Varnish's own client, or, when that is the TLS proxy on this machine, the
    # entry that proxy appended to X-Forwarded-For, the one before the entry
    # Varnish appends; what the client wrote itself is never believed) and
    # whether a session cookie came (then Django says if the reader is staff).
    unset req.http.X-Congtin-Session;
    if (req.http.Cookie ~ "(^|;)\s*sessionid=") {
        set req.http.X-Congtin-Session = "1";
    }
    set req.http.X-Congtin-Client = client.ip;
    if (client.ip ~ purgers) {
        set req.http.X-Congtin-Client = regsub(req.http.X-Forwarded-For,
                                               "^(?:.*,)?\s*([^,\s]*)\s*,[^,]*$", "\1");
    }
    if (req.method == "PURGE") {
        if (!client.ip ~ purgers) {
            return (synth(405, "Not allowed"));
        }
        ban("obj.http.x-congtin-cached ~ .");
        return (synth(200, "Banned"));
    }
    if (req.method != "GET" && req.method != "HEAD") {
        return (pass);
    }
    if (req.url ~ "^/(admin|documents)/") {
        return (pass);
    }
    # The language congtin would choose for an address without /en/.
    if (req.http.Cookie ~ "(^|;)\s*django_language=en") {
        set req.http.Accept-Language = "en";
    } elsif (req.http.Cookie ~ "(^|;)\s*django_language=vi") {
        set req.http.Accept-Language = "vi";
    } elsif (req.http.Accept-Language ~ "^\s*en") {
        set req.http.Accept-Language = "en";
    } else {
        set req.http.Accept-Language = "vi";
    }
    # Only the CSRF and language cookies leave a visitor anonymous; any other
    # (a session, a message waiting to be shown) means a personal page.
    set req.http.Cookie = regsuball(req.http.Cookie, "(^|;\s*)(csrftoken|django_language)=[^;]*", "");
    set req.http.Cookie = regsub(req.http.Cookie, "^;?\s*", "");
    if (req.http.Cookie != "") {
        return (pass);
    }
    unset req.http.Cookie;
    return (hash);
}

sub vcl_hash {
    hash_data(req.http.Accept-Language);
}

sub vcl_backend_response {
    set beresp.http.x-congtin-cached = "1";
    if (beresp.http.Set-Cookie
        || beresp.http.Cache-Control ~ "(private|no-store|no-cache|max-age=0)"
        || beresp.status != 200) {
        set beresp.uncacheable = true;
        set beresp.ttl = 10s;
        return (deliver);
    }
    set beresp.ttl = 1h;
    unset beresp.http.Vary;
    return (deliver);
}

sub vcl_deliver {
    unset resp.http.x-congtin-cached;
    if (obj.hits > 0) {
        set resp.http.X-Proxy-Cache = "HIT";
    } else {
        set resp.http.X-Proxy-Cache = "MISS";
    }
}
