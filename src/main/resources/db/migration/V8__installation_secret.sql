-- Secrets an out-of-the-box (demo) installation makes for itself on its first start, so no two
-- installations share one and none is written in the repository. Production configures its own.
CREATE TABLE installation_secret (
    name       VARCHAR(60)  NOT NULL PRIMARY KEY,
    secret     VARCHAR(200) NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL
);
