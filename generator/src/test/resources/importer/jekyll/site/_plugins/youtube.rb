# The old site's own tag: {% youtube ID %} writes an embedded player.
module Gazette
  class YoutubeTag < Liquid::Tag
    def initialize(tag_name, id, tokens)
      super
      @id = id.strip
    end

    def render(_context)
      %(<iframe src="https://www.youtube.com/embed/#{@id}"></iframe>)
    end
  end
end
Liquid::Template.register_tag('youtube', Gazette::YoutubeTag)
