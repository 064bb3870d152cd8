
use builtin;
use str;

set edit:completion:arg-completer[zego-token] = {|@words|
    fn spaces {|n|
        builtin:repeat $n ' ' | str:join ''
    }
    fn cand {|text desc|
        edit:complex-candidate $text &display=$text' '(spaces (- 14 (wcswidth $text)))$desc
    }
    var command = 'zego-token'
    for word $words[1..-1] {
        if (str:has-prefix $word '-') {
            break
        }
        set command = $command';'$word
    }
    var completions = [
        &'zego-token'= {
            cand --color 'When to color the output'
            cand --profile 'Take the AppID, the secrets (the ServerSecret; for `callback`, the CallbackSecret) and defaults from this profile (else ZEGO_PROFILE, else the config''s default); flags and the environment still win'
            cand --no-profile 'Use no profile, not even the default one'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand generate 'Mint a token for a user'
            cand decode 'Show what a token holds; with the ServerSecret, its claims too'
            cand verify 'Check a token and explain every reason it would be rejected'
            cand profile 'Name an app''s AppID and ServerSecret once: add, list, remove profiles'
            cand serve 'Serve tokens over HTTP for apps in development, with a Token Assistant page'
            cand sign 'Sign a server API request (print its public parameters or URL), or check one'
            cand callback 'Sign or verify the callbacks ZEGO posts to an app server'
            cand explain 'Explain a ZEGO SDK error code about tokens, or a server API code about signatures'
            cand completions 'Print a shell completion script'
            cand man 'Print the man page (roff)'
            cand cdn 'Sign or check CDN URL authentication (Tencent, Wangsu, Huawei)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'zego-token;generate'= {
            cand --app-id 'The AppID from the ZEGOCLOUD console (or from the profile)'
            cand --user-id 'The user the token is for (1 to 64 bytes)'
            cand --user-ids-from 'Mint one token per user id read from a file (`-`: stdin), one id per line, blank lines skipped; prints one token (or JSON object) per line'
            cand --secret 'The 32-character ServerSecret (visible to other users in `ps`: prefer --secret-file or ZEGO_SERVER_SECRET on shared machines)'
            cand --secret-file 'Read the ServerSecret from a file (a trailing newline is ignored); `-` reads it from stdin'
            cand --effective-time 'How long the token lives: seconds (3600) or with units (90s, 30m, 2h, 1h30m, 7d) [default: the profile''s, else 1h]'
            cand --ttl 'How long the token lives: seconds (3600) or with units (90s, 30m, 2h, 1h30m, 7d) [default: the profile''s, else 1h]'
            cand --payload 'A raw payload string, put in the token as it is'
            cand --room-id 'Make a privilege token for this room (login and publish allowed unless denied)'
            cand --stream-id 'A stream the user may publish (repeatable); without it, any stream'
            cand --mode 'The cipher mode: gcm (current) or cbc (legacy, unauthenticated) [default: the profile''s, else gcm]'
            cand --token-version 'The token format: 04 (current) or 03 (older: always CBC, needs --room-id, no payload or stream ids)'
            cand --user-name 'With --kit: the name the UIKit shows [default: the user id]'
            cand --now 'The creation time instead of the clock: unix seconds or RFC 3339'
            cand --format 'Print each token as TEMPLATE and a newline instead: placeholders are the fields of --json ({token}, {mode}, {app_id}, {user_id}, {nonce}, {ctime}, {expire}, {payload}, {version}); \n and \t are escapes, {{ and }} braces'
            cand --color 'When to color the output'
            cand --profile 'Take the AppID, the secrets (the ServerSecret; for `callback`, the CallbackSecret) and defaults from this profile (else ZEGO_PROFILE, else the config''s default); flags and the environment still win'
            cand --no-login 'Deny logging in to the room'
            cand --no-publish 'Deny publishing streams'
            cand --kit 'Print a UIKit kit token (TOKEN#SUFFIX) for the web UIKit: the suffix names --user-id, --room-id (optional) and --user-name. The token inside carries privileges only when --no-login, --no-publish or --stream-id ask for them'
            cand --json 'Print one JSON object instead of the bare token'
            cand --qr 'Also draw the token as a QR code, for a phone''s camera, on stderr: stdout still holds only the token. Refused (exit 2) if the code would not fit the terminal'
            cand --no-profile 'Use no profile, not even the default one'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'zego-token;decode'= {
            cand --input 'With --batch: read the tokens from FILE instead of stdin'
            cand --secret 'The 32-character ServerSecret (visible to other users in `ps`: prefer --secret-file or ZEGO_SERVER_SECRET on shared machines)'
            cand --secret-file 'Read the ServerSecret from a file (a trailing newline is ignored); `-` reads it from stdin'
            cand --app-sign 'The AppSign (64 hex characters), only to name a token a faulty generator encrypted with it; never printed (prefer --app-sign-file or ZEGO_APP_SIGN)'
            cand --app-sign-file 'Read the AppSign from a file (`-`: stdin)'
            cand --now 'Evaluate times as if it were then: unix seconds or RFC 3339'
            cand --color 'When to color the output'
            cand --profile 'Take the AppID, the secrets (the ServerSecret; for `callback`, the CallbackSecret) and defaults from this profile (else ZEGO_PROFILE, else the config''s default); flags and the environment still win'
            cand --batch 'Read many tokens, one per line, and print one result per line'
            cand --json 'Print one JSON object'
            cand --raw 'Print the decrypted claims exactly as the generator wrote them (needs the ServerSecret)'
            cand --no-profile 'Use no profile, not even the default one'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'zego-token;verify'= {
            cand --input 'With --batch: read the tokens from FILE instead of stdin'
            cand --secret 'The 32-character ServerSecret (visible to other users in `ps`: prefer --secret-file or ZEGO_SERVER_SECRET on shared machines)'
            cand --secret-file 'Read the ServerSecret from a file (a trailing newline is ignored); `-` reads it from stdin'
            cand --app-sign 'The AppSign (64 hex characters), only to name a token a faulty generator encrypted with it; never printed (prefer --app-sign-file or ZEGO_APP_SIGN)'
            cand --app-sign-file 'Read the AppSign from a file (`-`: stdin)'
            cand --now 'Evaluate times as if it were then: unix seconds or RFC 3339'
            cand --app-id 'The AppID the token must be for (else the profile''s, if any)'
            cand --user-id 'The user the token must be for'
            cand --room-id 'The room its privilege payload must name'
            cand --require 'A privilege the payload must allow (repeatable)'
            cand --leeway 'Clock difference to forgive at both ends of the lifetime'
            cand --color 'When to color the output'
            cand --profile 'Take the AppID, the secrets (the ServerSecret; for `callback`, the CallbackSecret) and defaults from this profile (else ZEGO_PROFILE, else the config''s default); flags and the environment still win'
            cand --batch 'Read many tokens, one per line, and print one result per line'
            cand --json 'Print one JSON object'
            cand -q 'Print nothing; only set the exit code'
            cand --quiet 'Print nothing; only set the exit code'
            cand --no-profile 'Use no profile, not even the default one'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'zego-token;profile'= {
            cand --color 'When to color the output'
            cand --profile 'Take the AppID, the secrets (the ServerSecret; for `callback`, the CallbackSecret) and defaults from this profile (else ZEGO_PROFILE, else the config''s default); flags and the environment still win'
            cand --no-profile 'Use no profile, not even the default one'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand add 'Save a profile: an AppID, where its ServerSecret is, and defaults'
            cand list 'List the profiles and where their secrets come from (never the secrets)'
            cand ls 'List the profiles and where their secrets come from (never the secrets)'
            cand remove 'Delete a profile (its secret file stays)'
            cand rm 'Delete a profile (its secret file stays)'
            cand default 'Choose the profile used when none is named; without NAME, print it'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'zego-token;profile;add'= {
            cand --app-id 'The AppID from the ZEGOCLOUD console'
            cand --secret-file 'The file holding the ServerSecret: its path is saved, not the secret (preferred). Without it, the secret is read from stdin or asked for, and saved in the config file'
            cand --callback-secret-file 'The file holding the CallbackSecret, for `zego-token callback`: its path is saved, not the secret'
            cand --effective-time 'The default lifetime of tokens made with this profile'
            cand --ttl 'The default lifetime of tokens made with this profile'
            cand --mode 'The default cipher mode of tokens made with this profile'
            cand --color 'When to color the output'
            cand --profile 'Take the AppID, the secrets (the ServerSecret; for `callback`, the CallbackSecret) and defaults from this profile (else ZEGO_PROFILE, else the config''s default); flags and the environment still win'
            cand --no-secret 'Save no secret: it will come from --secret, --secret-file or ZEGO_SERVER_SECRET'
            cand --default 'Make it the default profile (the first profile always is)'
            cand --force 'Replace the profile of that name, if there is one'
            cand --no-profile 'Use no profile, not even the default one'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'zego-token;profile;list'= {
            cand --color 'When to color the output'
            cand --profile 'Take the AppID, the secrets (the ServerSecret; for `callback`, the CallbackSecret) and defaults from this profile (else ZEGO_PROFILE, else the config''s default); flags and the environment still win'
            cand --no-profile 'Use no profile, not even the default one'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'zego-token;profile;ls'= {
            cand --color 'When to color the output'
            cand --profile 'Take the AppID, the secrets (the ServerSecret; for `callback`, the CallbackSecret) and defaults from this profile (else ZEGO_PROFILE, else the config''s default); flags and the environment still win'
            cand --no-profile 'Use no profile, not even the default one'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'zego-token;profile;remove'= {
            cand --color 'When to color the output'
            cand --profile 'Take the AppID, the secrets (the ServerSecret; for `callback`, the CallbackSecret) and defaults from this profile (else ZEGO_PROFILE, else the config''s default); flags and the environment still win'
            cand --no-profile 'Use no profile, not even the default one'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'zego-token;profile;rm'= {
            cand --color 'When to color the output'
            cand --profile 'Take the AppID, the secrets (the ServerSecret; for `callback`, the CallbackSecret) and defaults from this profile (else ZEGO_PROFILE, else the config''s default); flags and the environment still win'
            cand --no-profile 'Use no profile, not even the default one'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'zego-token;profile;default'= {
            cand --color 'When to color the output'
            cand --profile 'Take the AppID, the secrets (the ServerSecret; for `callback`, the CallbackSecret) and defaults from this profile (else ZEGO_PROFILE, else the config''s default); flags and the environment still win'
            cand --unset 'Have no default profile'
            cand --no-profile 'Use no profile, not even the default one'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'zego-token;profile;help'= {
            cand add 'Save a profile: an AppID, where its ServerSecret is, and defaults'
            cand list 'List the profiles and where their secrets come from (never the secrets)'
            cand remove 'Delete a profile (its secret file stays)'
            cand default 'Choose the profile used when none is named; without NAME, print it'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'zego-token;profile;help;add'= {
        }
        &'zego-token;profile;help;list'= {
        }
        &'zego-token;profile;help;remove'= {
        }
        &'zego-token;profile;help;default'= {
        }
        &'zego-token;profile;help;help'= {
        }
        &'zego-token;serve'= {
            cand --listen 'The address and port to listen on (a bare PORT or localhost:PORT is on 127.0.0.1). Any address but loopback needs an access key (one is generated when --access-key is not given)'
            cand --app-id 'The AppID of tokens whose request names none (else the profile''s)'
            cand --secret 'The 32-character ServerSecret (visible to other users in `ps`: prefer --secret-file or ZEGO_SERVER_SECRET on shared machines)'
            cand --secret-file 'Read the ServerSecret from a file (a trailing newline is ignored); `-` reads it from stdin'
            cand --effective-time 'The lifetime of tokens whose request names none: seconds or with a unit (90s, 30m, 2h, 7d) [default: the profile''s, else 1h]'
            cand --ttl 'The lifetime of tokens whose request names none: seconds or with a unit (90s, 30m, 2h, 7d) [default: the profile''s, else 1h]'
            cand --mode 'The cipher mode of tokens whose request names none [default: the profile''s, else gcm]'
            cand --access-key 'Require `Authorization: Bearer KEY` on /token and /api/* (at least 16 characters)'
            cand --cors-origin 'A web origin allowed to call the API from a browser, e.g. http://localhost:5173 (repeatable); no CORS headers without one'
            cand --color 'When to color the output'
            cand --profile 'Take the AppID, the secrets (the ServerSecret; for `callback`, the CallbackSecret) and defaults from this profile (else ZEGO_PROFILE, else the config''s default); flags and the environment still win'
            cand --qr 'Print a QR code of the page''s network URL (with a generated key) on stderr, for a phone on the same network; bound to loopback, say how to serve the network instead'
            cand --open 'Open the page in the default browser once the server listens (a failure to is a warning)'
            cand --no-profile 'Use no profile, not even the default one'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'zego-token;sign'= {
            cand --app-id 'The AppID from the ZEGOCLOUD console (or from the profile); with --check, the AppId the request must have'
            cand --secret 'The 32-character ServerSecret (visible to other users in `ps`: prefer --secret-file or ZEGO_SERVER_SECRET on shared machines)'
            cand --secret-file 'Read the ServerSecret from a file (a trailing newline is ignored); `-` reads it from stdin'
            cand --nonce 'The SignatureNonce [default: 8 random bytes as 16 hex characters]'
            cand --now 'The Timestamp instead of the clock (with --check: the time to check against): unix seconds or RFC 3339'
            cand --action 'Print the whole request URL for this API, e.g. DescribeUserNum'
            cand --product 'The product whose API is called, named as its host is: rtc, zim, cloudrecord, whiteboard, docs, cloud-player, analytics, mini-game, auth, aieffectscgi, and on zegotech.cn aigc-aiagent (ai-agent), aigc-digitalhuman (digital-human), cloud-realtime-asr (asr)'
            cand --host 'A host ZEGO gave out privately instead of a product''s, e.g. aigc-digitalhuman-api-sgp.zegotech.cn'
            cand --region 'A regional endpoint instead of the unified one (resolved to the nearest)'
            cand --param 'A business parameter of the request (repeatable; repeated keys are kept, as array parameters need: RoomId[]=a RoomId[]=b)'
            cand --check 'Check a signed request URL (or its query string; `-` reads it from stdin) instead of signing one'
            cand --color 'When to color the output'
            cand --profile 'Take the AppID, the secrets (the ServerSecret; for `callback`, the CallbackSecret) and defaults from this profile (else ZEGO_PROFILE, else the config''s default); flags and the environment still win'
            cand --json 'Print one JSON object'
            cand -q 'With --check: print nothing; only set the exit code'
            cand --quiet 'With --check: print nothing; only set the exit code'
            cand --no-profile 'Use no profile, not even the default one'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'zego-token;callback'= {
            cand --color 'When to color the output'
            cand --profile 'Take the AppID, the secrets (the ServerSecret; for `callback`, the CallbackSecret) and defaults from this profile (else ZEGO_PROFILE, else the config''s default); flags and the environment still win'
            cand --no-profile 'Use no profile, not even the default one'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand sign 'Sign a timestamp and nonce, or make a whole signed sample body'
            cand verify 'Check the signature of a callback body (JSON, form- or URL-encoded)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'zego-token;callback;sign'= {
            cand --callback-secret 'The CallbackSecret (visible to other users in `ps`: prefer --callback-secret-file or ZEGO_CALLBACK_SECRET on shared machines)'
            cand --callback-secret-file 'Read the CallbackSecret from a file (a trailing newline is ignored); `-` reads it from stdin'
            cand --nonce 'The nonce, as it will be sent [with --event: a fresh random one]'
            cand --timestamp 'The timestamp: digits are signed exactly as written (seconds, or milliseconds as the AI products send); RFC 3339 is converted [with --event: now]. --now is the same option'
            cand --event 'Print a whole signed sample body for this event, e.g. room_login'
            cand --param 'A field of the sample body (repeatable): KEY=VALUE for a string, KEY:=JSON for a number, boolean, array or object'
            cand --app-id 'The body''s appid (else ZEGO_APP_ID or the profile''s; left out when there is none)'
            cand --color 'When to color the output'
            cand --profile 'Take the AppID, the secrets (the ServerSecret; for `callback`, the CallbackSecret) and defaults from this profile (else ZEGO_PROFILE, else the config''s default); flags and the environment still win'
            cand --capitalized 'The AI products'' convention: Signature, Timestamp, Nonce, AppId, Event, and a timestamp made from the clock or RFC 3339 in milliseconds'
            cand --url-encoded 'Print the sample body URL-encoded, as the AI products may post it'
            cand --no-profile 'Use no profile, not even the default one'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'zego-token;callback;verify'= {
            cand --callback-secret 'The CallbackSecret (visible to other users in `ps`: prefer --callback-secret-file or ZEGO_CALLBACK_SECRET on shared machines)'
            cand --callback-secret-file 'Read the CallbackSecret from a file (a trailing newline is ignored); `-` reads it from stdin'
            cand --max-age 'Reject callbacks whose timestamp is older than this (or this far in the future): 300, 5m, 1h. Millisecond timestamps are aged as such'
            cand --now 'Check the age as if it were then: unix seconds or RFC 3339'
            cand --color 'When to color the output'
            cand --profile 'Take the AppID, the secrets (the ServerSecret; for `callback`, the CallbackSecret) and defaults from this profile (else ZEGO_PROFILE, else the config''s default); flags and the environment still win'
            cand --json 'Print one JSON object'
            cand -q 'Print nothing; only set the exit code'
            cand --quiet 'Print nothing; only set the exit code'
            cand --no-profile 'Use no profile, not even the default one'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'zego-token;callback;help'= {
            cand sign 'Sign a timestamp and nonce, or make a whole signed sample body'
            cand verify 'Check the signature of a callback body (JSON, form- or URL-encoded)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'zego-token;callback;help;sign'= {
        }
        &'zego-token;callback;help;verify'= {
        }
        &'zego-token;callback;help;help'= {
        }
        &'zego-token;explain'= {
            cand --profile 'Take the AppID, the secrets (the ServerSecret; for `callback`, the CallbackSecret) and defaults from this profile (else ZEGO_PROFILE, else the config''s default); flags and the environment still win'
            cand --color 'When to color the output'
            cand --list 'List every code known, sorted by code'
            cand --json 'Print JSON: one object per code (`code`, `source`, `meaning`, `causes`, `check`, `fix`), an array with --list'
            cand --no-profile 'Use no profile, not even the default one'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'zego-token;completions'= {
            cand --color 'When to color the output'
            cand --profile 'Take the AppID, the secrets (the ServerSecret; for `callback`, the CallbackSecret) and defaults from this profile (else ZEGO_PROFILE, else the config''s default); flags and the environment still win'
            cand --no-profile 'Use no profile, not even the default one'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'zego-token;man'= {
            cand --color 'When to color the output'
            cand --profile 'Take the AppID, the secrets (the ServerSecret; for `callback`, the CallbackSecret) and defaults from this profile (else ZEGO_PROFILE, else the config''s default); flags and the environment still win'
            cand --no-profile 'Use no profile, not even the default one'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'zego-token;cdn'= {
            cand --profile 'Take the AppID, the secrets (the ServerSecret; for `callback`, the CallbackSecret) and defaults from this profile (else ZEGO_PROFILE, else the config''s default); flags and the environment still win'
            cand --color 'When to color the output'
            cand --no-profile 'Use no profile, not even the default one'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand sign 'Sign a stream (publish, play) or a file (recording, screenshot) for a CDN'
            cand check 'Check a signed CDN URL and say why the CDN would refuse it'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'zego-token;cdn;sign'= {
            cand --cdn 'The CDN the stream is relayed to'
            cand --use 'What the URL is for'
            cand --stream 'The stream ID (123, not /live/123); for recordings and screenshots the file''s path on the CDN (/dir/123.mp4)'
            cand --expire-at 'When the URL expires: unix seconds or RFC 3339'
            cand --ttl 'How long from now the URL stays valid: 3600, 30m, 2h, 7d'
            cand --url 'Print the whole URL on this base (rtmp://push-tencent1.zego.im/live; for files scheme://host); without BASE, ZEGO''s publish or play host of the CDN'
            cand --extension 'With --url: the stream''s format for HTTP play, e.g. flv or m3u8'
            cand --trial-seconds 'Tencent recordings: seconds a viewer may watch as a trial (exper)'
            cand --max-ips 'Tencent recordings: how many IP addresses may fetch it, 1 to 9 (rlimit)'
            cand --tag 'Tencent recordings: a random tag that makes each URL unique (us)'
            cand --key 'The CDN''s authentication key from the console (ZEGO CDN); visible to other users in `ps`: prefer --key-file or ZEGO_CDN_KEY on shared machines'
            cand --key-file 'Read the CDN key from a file (a trailing newline is ignored); `-` reads it from stdin'
            cand --profile 'Take the AppID, the secrets (the ServerSecret; for `callback`, the CallbackSecret) and defaults from this profile (else ZEGO_PROFILE, else the config''s default); flags and the environment still win'
            cand --color 'When to color the output'
            cand --json 'Print one JSON object keyed by the parameters'' names'
            cand --no-profile 'Use no profile, not even the default one'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'zego-token;cdn;check'= {
            cand --key 'The CDN''s authentication key from the console (ZEGO CDN); visible to other users in `ps`: prefer --key-file or ZEGO_CDN_KEY on shared machines'
            cand --key-file 'Read the CDN key from a file (a trailing newline is ignored); `-` reads it from stdin'
            cand --now 'Check as if it were then: unix seconds or RFC 3339'
            cand --profile 'Take the AppID, the secrets (the ServerSecret; for `callback`, the CallbackSecret) and defaults from this profile (else ZEGO_PROFILE, else the config''s default); flags and the environment still win'
            cand --color 'When to color the output'
            cand --json 'Print one JSON object'
            cand -q 'Print nothing; only set the exit code'
            cand --quiet 'Print nothing; only set the exit code'
            cand --no-profile 'Use no profile, not even the default one'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'zego-token;cdn;help'= {
            cand sign 'Sign a stream (publish, play) or a file (recording, screenshot) for a CDN'
            cand check 'Check a signed CDN URL and say why the CDN would refuse it'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'zego-token;cdn;help;sign'= {
        }
        &'zego-token;cdn;help;check'= {
        }
        &'zego-token;cdn;help;help'= {
        }
        &'zego-token;help'= {
            cand generate 'Mint a token for a user'
            cand decode 'Show what a token holds; with the ServerSecret, its claims too'
            cand verify 'Check a token and explain every reason it would be rejected'
            cand profile 'Name an app''s AppID and ServerSecret once: add, list, remove profiles'
            cand serve 'Serve tokens over HTTP for apps in development, with a Token Assistant page'
            cand sign 'Sign a server API request (print its public parameters or URL), or check one'
            cand callback 'Sign or verify the callbacks ZEGO posts to an app server'
            cand explain 'Explain a ZEGO SDK error code about tokens, or a server API code about signatures'
            cand completions 'Print a shell completion script'
            cand man 'Print the man page (roff)'
            cand cdn 'Sign or check CDN URL authentication (Tencent, Wangsu, Huawei)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'zego-token;help;generate'= {
        }
        &'zego-token;help;decode'= {
        }
        &'zego-token;help;verify'= {
        }
        &'zego-token;help;profile'= {
            cand add 'Save a profile: an AppID, where its ServerSecret is, and defaults'
            cand list 'List the profiles and where their secrets come from (never the secrets)'
            cand remove 'Delete a profile (its secret file stays)'
            cand default 'Choose the profile used when none is named; without NAME, print it'
        }
        &'zego-token;help;profile;add'= {
        }
        &'zego-token;help;profile;list'= {
        }
        &'zego-token;help;profile;remove'= {
        }
        &'zego-token;help;profile;default'= {
        }
        &'zego-token;help;serve'= {
        }
        &'zego-token;help;sign'= {
        }
        &'zego-token;help;callback'= {
            cand sign 'Sign a timestamp and nonce, or make a whole signed sample body'
            cand verify 'Check the signature of a callback body (JSON, form- or URL-encoded)'
        }
        &'zego-token;help;callback;sign'= {
        }
        &'zego-token;help;callback;verify'= {
        }
        &'zego-token;help;explain'= {
        }
        &'zego-token;help;completions'= {
        }
        &'zego-token;help;man'= {
        }
        &'zego-token;help;cdn'= {
            cand sign 'Sign a stream (publish, play) or a file (recording, screenshot) for a CDN'
            cand check 'Check a signed CDN URL and say why the CDN would refuse it'
        }
        &'zego-token;help;cdn;sign'= {
        }
        &'zego-token;help;cdn;check'= {
        }
        &'zego-token;help;help'= {
        }
    ]
    $completions[$command]
}
