/// The text of the files `junction connector init` writes.
enum ScaffoldTemplates {
    static let manifest = """
        # {{title}}: a Junction connector. Reference: junction connector schema
        junction: 1
        name: {{name}}
        version: 0.1.0
        title: {{title}}
        summary: List and read items from the {{title}} API.
        categories: [other]
        keywords: [items]
        license: MIT
        runtime: ^1.0
        hosts:
          - api.example.com

        connection:
          fields:
            api_key:
              type: string
              title: API key
              description: Found in your account settings.
              secret: true
              required: true

        auth:
          type: api_key
          field: api_key
          apply:
            in: header
            name: Authorization
            format: Bearer ${credential}

        base_url: https://api.example.com/v1

        operations:
          list_items:
            title: List items
            description: Every item, newest first, following pages.
            input:
              type: object
              properties:
                status: { type: string, enum: [open, closed] }
              additionalProperties: false
            output:
              type: array
              items:
                type: object
                required: [id, name]
                properties:
                  id: { type: string }
                  name: { type: string }
                  open: { type: boolean }
            request:
              method: GET
              path: /items
              query:
                status: ${input.get('status')}
            response:
              script: adapters/list_items.py
            paginate:
              style: page
              param: page
              limit_param: per_page
              limit: 2
              max_pages: 5
            retry:
              statuses: [502, 503]
              max_attempts: 3

          get_item:
            title: Get an item
            input:
              type: object
              required: [id]
              properties:
                id: { type: string, minLength: 1 }
            output:
              type: object
              required: [id, name]
              properties:
                id: { type: string }
                name: { type: string }
            request:
              method: GET
              path: /items/${input.id}
            response:
              select: data

        """

    static let readme = """
        # {{title}}

        A Junction connector for the {{title}} API.

        ## Connecting
        Give the API key from your account settings. It is stored encrypted and sent as a bearer token.

        ## Operations
        - `list_items`: every item, following pages (optionally only `open` or `closed` ones).
        - `get_item`: one item by id.

        ## Developing
        ```
        junction connector validate
        junction connector test
        junction connector pack
        ```

        """

    static let listScript = """
        # Turns one page of the API's items into the operation's output shape.
        def dw_process(msg):
            items = []
            for raw in msg.payload["data"]:
                items.append({
                    "id": str(raw["id"]),
                    "name": raw["name"].strip(),
                    "open": raw.get("state", "open") == "open",
                })
            return items

        """

    static let listTest = """
        name: lists items across two pages
        operation: list_items
        connection:
          api_key: test-key
        input:
          status: open
        exchanges:
          - request:
              method: GET
              path: /v1/items
              query: { status: open, page: "1", per_page: "2" }
              headers: { Authorization: Bearer test-key }
            response:
              status: 200
              body:
                data:
                  - { id: 1, name: " First ", state: open }
                  - { id: 2, name: Second, state: open }
          - request:
              method: GET
              path: /v1/items
              query: { status: open, page: "2", per_page: "2" }
            response:
              status: 200
              body:
                data:
                  - { id: 3, name: Third, state: closed }
        expect:
          output:
            - { id: "1", name: First, open: true }
            - { id: "2", name: Second, open: true }
            - { id: "3", name: Third, open: false }

        """

    static let getTest = """
        cases:
          - name: reads one item
            operation: get_item
            connection: { api_key: test-key }
            input: { id: "42" }
            exchanges:
              - request: { method: GET, path: /v1/items/42, headers: { Authorization: Bearer test-key } }
                response:
                  status: 200
                  body: { data: { id: "42", name: Answer } }
            expect:
              output: { id: "42", name: Answer }

          - name: a missing item is an error
            operation: get_item
            connection: { api_key: test-key }
            input: { id: "404" }
            exchanges:
              - request: { method: GET, path: /v1/items/404 }
                response: { status: 404, body: { error: not found } }
            expect:
              error: { code: http_status, status: 404 }

        """
}
